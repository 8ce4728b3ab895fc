/**
 * The reading-order line model every extractor works on. PDFs give one entry per layout line, with
 * running headers, footers, page numbers and "intentionally left blank" notices taken out (they would
 * otherwise read as headings or titles on every page). Flowing documents give one entry per block.
 */
import type { ImportedBlock, ImportedDocument, ImportedPage, TextLine } from '../import/model.ts';
import { collapse } from './text.ts';

export interface DocLine {
  text: string;
  pageIndex: number;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  bold: boolean;
  /** Space above the line as a multiple of its font size; Infinity at the top of a page or block. */
  gap: number;
  /** Flowing documents: the block's type and heading level. */
  block?: ImportedBlock['type'];
  level?: number;
  /** A running header or footer kept on the first page, where it still names the paper. */
  repeated?: boolean;
}

export interface DocumentText {
  lines: DocLine[];
  /** Running header lines (as printed on the first page that has them), top to bottom. */
  runningHeaders: string[];
  /** The most common font size of body text. */
  bodySize: number;
  /** False when there is no text layer or it is garbage (fonts without a usable character map). */
  readable: boolean;
}

/** Private-use bullet glyphs from symbol fonts come through as U+F0xx characters. */
const SYMBOL_BULLETS = /[\uF0A7\uF0B7\uF0D8\uF0FC\uF076]/g;

/** "A G E N D A" (letter-spaced display type) -> "AGENDA". */
function closeLetterSpacing(text: string): string {
  return /^(?:\p{L} ){3,}\p{L}$/u.test(text) ? text.replace(/ /g, '') : text;
}

export function cleanLineText(text: string): string {
  return closeLetterSpacing(collapse(text.replace(SYMBOL_BULLETS, '•')));
}

const PAGE_NUMBER = /^(?:page\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$/i;
const BLANK_NOTICE = /^this page (?:is |has been )?(?:intentionally|deliberately) (?:left )?blank\.?$/i;

/** A line's text with its numbers masked, so "Page 3 of 9" and "Page 4 of 9" count as the same line. */
const furnitureKey = (text: string) => text.toLowerCase().replace(/\d+/g, '#');

/** Lines printed at the same place on many pages: running headers and footers. */
function repeatedLineKeys(pages: ImportedPage[]): Set<string> {
  const pagesWithKey = new Map<string, Set<number>>();
  for (const page of pages) {
    for (const line of page.lines) {
      const nearEdge = line.y < page.height * 0.15 || line.y > page.height * 0.85;
      if (!nearEdge) continue;
      const key = furnitureKey(cleanLineText(line.text));
      const seen = pagesWithKey.get(key) ?? new Set<number>();
      seen.add(page.index);
      pagesWithKey.set(key, seen);
    }
  }
  const needed = Math.max(2, Math.ceil(pages.length * 0.4));
  return new Set([...pagesWithKey].filter(([, seen]) => seen.size >= needed).map(([key]) => key));
}

function isRepeated(line: TextLine, page: ImportedPage, repeated: Set<string>): boolean {
  const nearEdge = line.y < page.height * 0.15 || line.y > page.height * 0.85;
  return nearEdge && repeated.has(furnitureKey(cleanLineText(line.text)));
}

function isPageNumberOrBlank(line: TextLine, page: ImportedPage): boolean {
  const text = cleanLineText(line.text);
  const nearEdge = line.y < page.height * 0.15 || line.y > page.height * 0.85;
  return BLANK_NOTICE.test(text) || (nearEdge && PAGE_NUMBER.test(text));
}

/** Share of visible characters that are letters; a broken character map yields mostly symbols. */
function looksReadable(text: string): boolean {
  const visible = text.replace(/\s/g, '');
  if (visible.length === 0) return false;
  const letters = visible.replace(/[^\p{L}]/gu, '').length;
  return letters / visible.length >= 0.5;
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = 0;
  let bestCount = -1;
  for (const [value, count] of counts) if (count > bestCount) [best, bestCount] = [value, count];
  return best;
}

function pdfText(doc: ImportedDocument): DocumentText {
  const repeated = repeatedLineKeys(doc.pages);
  const lines: DocLine[] = [];
  const runningHeaders: string[] = [];
  for (const page of doc.pages) {
    let previous: TextLine | null = null;
    for (const line of page.lines) {
      const text = cleanLineText(line.text);
      if (!text) continue;
      if (isPageNumberOrBlank(line, page)) continue;
      const furniture = isRepeated(line, page, repeated);
      if (furniture && line.y < page.height * 0.15 && runningHeaders.length < 4 && !runningHeaders.includes(text)) {
        runningHeaders.push(text);
      }
      // The first page keeps its copy: there the letterhead or header still names the paper.
      if (furniture && page.index > 0) continue;
      const gap = previous ? (line.y - previous.y) / Math.max(line.fontSize, 1) : Infinity;
      lines.push({ ...line, text, pageIndex: page.index, gap, ...(furniture ? { repeated: true } : {}) });
      previous = line;
    }
  }
  const readable = looksReadable(lines.map((l) => l.text).join(' '));
  const bodySize = mostCommon(lines.map((l) => l.fontSize));
  return { lines: readable ? lines : [], runningHeaders: readable ? runningHeaders : [], bodySize, readable };
}

function flowingText(doc: ImportedDocument): DocumentText {
  const lines = doc.blocks.map(
    (block): DocLine => ({
      text: cleanLineText(block.text),
      pageIndex: 0,
      x: 0,
      y: 0,
      width: 0,
      fontSize: 0,
      bold: false,
      gap: Infinity,
      block: block.type,
      ...(block.level !== undefined ? { level: block.level } : {}),
    }),
  );
  return { lines, runningHeaders: [], bodySize: 0, readable: lines.length > 0 };
}

export function documentText(doc: ImportedDocument): DocumentText {
  return doc.format === 'pdf' ? pdfText(doc) : flowingText(doc);
}

/** Bold or set larger than the body text: how PDFs mark headings and titles. */
export function isProminent(line: DocLine, bodySize: number): boolean {
  return line.bold || line.fontSize >= bodySize + 1.5;
}
