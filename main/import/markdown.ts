/** Markdown articles: front matter supplies the declared properties, the body supplies the blocks. */
import { flowingDocument } from './flowing.ts';
import { readFrontMatter } from './front-matter.ts';
import { markdownBlocks } from './markdown-blocks.ts';
import type { DeclaredProperties, ImportedDocument } from './model.ts';

/** Front matter keys, most specific first, that sites commonly use for each property. */
const PROPERTY_KEYS: Record<keyof DeclaredProperties, string[]> = {
  title: ['title', 'headline'],
  author: ['author', 'authors', 'byline'],
  date: ['date', 'published', 'pubdate', 'publishdate', 'created'],
  publisher: ['publisher', 'site', 'source', 'site_name', 'publication'],
  description: ['description', 'excerpt', 'summary', 'subtitle'],
  url: ['canonical_url', 'canonical', 'url', 'permalink', 'source_url', 'original_url', 'link'],
};

/** The YAML parser turns `2024-03-05` into a Date at UTC midnight; its UTC calendar day is the one written. */
function isoDay(date: Date): string | undefined {
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

/** A front matter value as text: names in a list (or objects with a `name`) are joined by "; ". */
function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return isoDay(value);
  if (Array.isArray(value)) {
    const parts = value.map(asText).filter((part): part is string => part !== undefined && part.trim() !== '');
    return parts.length > 0 ? parts.join('; ') : undefined;
  }
  if (typeof value === 'object' && value !== null && 'name' in value) return asText(value.name);
  return undefined;
}

function lookUp(data: Record<string, unknown>, keys: string[]): string | undefined {
  const lowerCased = new Map(Object.entries(data).map(([key, value]) => [key.toLowerCase(), value]));
  for (const key of keys) {
    const text = asText(lowerCased.get(key));
    if (text?.trim()) return text;
  }
  return undefined;
}

function frontMatterProperties(data: Record<string, unknown>): DeclaredProperties {
  return {
    title: lookUp(data, PROPERTY_KEYS.title),
    author: lookUp(data, PROPERTY_KEYS.author),
    date: lookUp(data, PROPERTY_KEYS.date),
    publisher: lookUp(data, PROPERTY_KEYS.publisher),
    description: lookUp(data, PROPERTY_KEYS.description),
    url: lookUp(data, PROPERTY_KEYS.url),
  };
}

/** Imports decoded Markdown. */
export function importMarkdown(text: string): ImportedDocument {
  const { data, body } = readFrontMatter(text);
  return flowingDocument('markdown', markdownBlocks(body), frontMatterProperties(data));
}
