/**
 * The importers against real committee papers and articles from the shared corpus, checked against
 * its answer key (truth.json): every string the key quotes from a document must be in what we read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importBytes } from '../../../main/import/index.ts';
import type { ImportedDocument } from '../../../main/import/model.ts';
import { NO_TEXT_LAYER_WARNING } from '../../../main/import/pdf.ts';
import { corpusExists, corpusRoot } from './fixtures.ts';

interface KeyEntry {
  file: string;
  title: string | null;
  date: string | null;
  headings: string[];
  recommendations: string[];
}

if (!corpusExists) console.warn(`Corpus tests skipped: no documents at ${path.join(corpusRoot, 'docs')}`);

const key: KeyEntry[] = corpusExists ? JSON.parse(readFileSync(path.join(corpusRoot, 'truth.json'), 'utf8')) : [];
const byExtension = (...extensions: string[]): KeyEntry[] =>
  key.filter((entry) => extensions.includes(path.extname(entry.file).toLowerCase()));
const isScan = (entry: KeyEntry): boolean => entry.file.includes('SCANNED');

function importEntry(entry: KeyEntry): Promise<ImportedDocument> {
  const bytes = new Uint8Array(readFileSync(path.join(corpusRoot, entry.file)));
  return importBytes(bytes, path.basename(entry.file));
}

/** The key allows for differences in line breaks, spacing, hyphenation and case. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[\s\-\u2010-\u2015]+/g, '');
}

function allText(doc: ImportedDocument): string {
  return doc.pages.map((page) => page.text).join('\n');
}

describe.skipIf(!corpusExists)('corpus documents', () => {
  const pdfs = byExtension('.pdf');

  it('holds text PDFs and scans to check against', () => {
    expect(pdfs.filter((entry) => !isScan(entry)).length).toBeGreaterThan(0);
    expect(pdfs.filter(isScan).length).toBeGreaterThan(0);
  });

  it.each(pdfs.filter((entry) => !isScan(entry)).map((entry) => [entry.file, entry] as const))(
    '%s: every page has text, and every title, heading and recommendation in the key is in it',
    async (_, entry) => {
      const doc = await importEntry(entry);
      expect(doc.format).toBe('pdf');
      expect(doc.warning).toBeUndefined();
      expect(doc.pages.length).toBeGreaterThan(0);
      for (const page of doc.pages) expect(page.lines.length, `page ${page.index + 1}`).toBeGreaterThan(0);
      const text = squash(allText(doc));
      const quoted = [entry.title, ...entry.headings, ...entry.recommendations].filter((s): s is string => !!s);
      expect(quoted.filter((quote) => !text.includes(squash(quote)))).toEqual([]);
    },
  );

  it.each(pdfs.filter(isScan).map((entry) => [entry.file, entry] as const))(
    '%s: imports with the no-text-layer warning',
    async (_, entry) => {
      const doc = await importEntry(entry);
      expect(doc.pages.length).toBeGreaterThan(0);
      expect(doc.pages.every((page) => page.lines.length === 0)).toBe(true);
      expect(doc.warning).toBe(NO_TEXT_LAYER_WARNING);
    },
  );

  it.each(byExtension('.md', '.html').map((entry) => [entry.file, entry] as const))(
    '%s: has paragraphs, and the key’s title and date among what it declares or says',
    async (_, entry) => {
      const doc = await importEntry(entry);
      expect(doc.format).toBe(entry.file.endsWith('.html') ? 'html' : 'markdown');
      const prose = doc.blocks.filter((block) => block.type === 'paragraph' || block.type === 'list-item');
      expect(prose.length).toBeGreaterThan(0);
      const headings = doc.blocks.filter((block) => block.type === 'heading').map((block) => block.text);
      const titleSources = [doc.properties.title ?? '', ...headings].map(squash);
      if (entry.title) expect(titleSources.some((source) => source.includes(squash(entry.title ?? '')))).toBe(true);
      if (entry.date) expect(doc.properties.date).toBe(entry.date);
    },
  );

  it('reads a Markdown README’s heading structure', async () => {
    const readme = byExtension('.md').find((entry) => entry.headings.length > 0);
    expect(readme).toBeDefined();
    const doc = await importEntry(readme as KeyEntry);
    const headings = doc.blocks.filter((block) => block.type === 'heading');
    expect(headings[0]).toMatchObject({ level: 1, text: readme?.title });
    expect(headings.filter((heading) => heading.level === 2).map((heading) => heading.text)).toEqual(readme?.headings);
  });

  it.each(byExtension('.txt').map((entry) => [entry.file, entry] as const))(
    '%s: reads as plain text paragraphs holding the key’s strings',
    async (_, entry) => {
      const doc = await importEntry(entry);
      expect(doc.format).toBe('text');
      expect(doc.blocks.length).toBeGreaterThan(1);
      expect(doc.blocks.every((block) => block.type === 'paragraph')).toBe(true);
      const text = squash(allText(doc));
      const quoted = [entry.title, ...entry.headings, ...entry.recommendations].filter((s): s is string => !!s);
      expect(quoted.filter((quote) => !text.includes(squash(quote)))).toEqual([]);
    },
  );
});
