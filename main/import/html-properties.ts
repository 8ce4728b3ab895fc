/**
 * The properties a saved web page declares about itself: Open Graph and article meta tags, the
 * schema.org JSON-LD block news sites publish, and the page title. Values come from the parser, so
 * entities are already decoded.
 */
import type { DeclaredProperties } from './model.ts';

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BlogPosting',
  'Report',
]);

/** The content of the first meta tag whose name or property is one of `keys` (case-insensitive). */
function metaContent(document: Document, keys: string[]): string | undefined {
  const wanted = keys.map((key) => key.toLowerCase());
  const metas = Array.from(document.querySelectorAll('meta'));
  for (const key of wanted) {
    for (const meta of metas) {
      const label = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').toLowerCase();
      const content = meta.getAttribute('content')?.trim();
      if (label === key && content) return content;
    }
  }
  return undefined;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasArticleType(node: JsonObject): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some((type) => typeof type === 'string' && ARTICLE_TYPES.has(type));
}

/** Every object in a JSON-LD value, looking inside arrays and `@graph` lists. */
function jsonLdNodes(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(jsonLdNodes);
  if (!isObject(value)) return [];
  return [value, ...jsonLdNodes(value['@graph'])];
}

/** The first article description among the page's JSON-LD blocks; broken JSON is ignored. */
function jsonLdArticle(document: Document): JsonObject | undefined {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const article = jsonLdNodes(JSON.parse(script.textContent ?? '')).find(hasArticleType);
      if (article) return article;
    } catch {
      // A page's broken metadata must not stop it being read.
    }
  }
  return undefined;
}

/** A name given as a string, an object with `name`, or a list of either; several are joined by "; ". */
function jsonLdNames(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : [value];
  const names = list
    .map((entry) => (typeof entry === 'string' ? entry : isObject(entry) ? entry['name'] : undefined))
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '');
  return names.length > 0 ? names.join('; ') : undefined;
}

function jsonLdString(article: JsonObject | undefined, key: string): string | undefined {
  const value = article?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** Reads the declared properties; call it before anything strips scripts from the document. */
export function htmlProperties(document: Document): DeclaredProperties {
  const article = jsonLdArticle(document);
  const publisher = article?.['publisher'];
  return {
    title:
      metaContent(document, ['og:title']) ??
      jsonLdString(article, 'headline') ??
      metaContent(document, ['twitter:title', 'dc.title']) ??
      document.querySelector('title')?.textContent ??
      undefined,
    author:
      metaContent(document, ['author', 'article:author', 'dc.creator']) ?? jsonLdNames(article?.['author']),
    date:
      metaContent(document, ['article:published_time', 'date', 'dc.date', 'dcterms.created', 'pubdate']) ??
      jsonLdString(article, 'datePublished') ??
      document.querySelector('time[datetime]')?.getAttribute('datetime') ??
      undefined,
    publisher: metaContent(document, ['og:site_name']) ?? jsonLdNames(publisher),
    description: metaContent(document, ['og:description', 'description']) ?? jsonLdString(article, 'description'),
    url:
      document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ||
      metaContent(document, ['og:url']) ||
      jsonLdString(article, 'url'),
  };
}
