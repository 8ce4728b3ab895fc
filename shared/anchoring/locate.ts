/**
 * Finding a quoted passage in a document's normalised text, and building anchors. The same functions
 * place a new highlight (from what the reader selected) and re-place old ones in a new version of the
 * document: exactly first (whitespace-blind, the best surrounding context wins), then approximately,
 * but only near where the passage used to be, so a common phrase elsewhere is never taken for it.
 */
import type { TextAnchor, TextQuote } from '../annotations.ts';
import { findIgnoringWhitespace, stripWhitespace } from './compact.ts';
import { pageAt, type DocumentText } from './document-text.ts';
import { closestSubstring } from './fuzzy.ts';

/** How much text either side of a quote an anchor keeps to tell repeated phrases apart. */
export const CONTEXT_LENGTH = 40;
/** Approximate matches may differ from the quote in at most this share of its characters. */
const MAX_FUZZY_ERROR = 0.25;
/** Below this a near-miss is as likely to be another phrase as an edited one. */
const MIN_FUZZY_LENGTH = 12;
/** How far either side of the expected place an approximate match is looked for. */
const FUZZY_WINDOW = 3000;

export interface Placement {
  start: number;
  end: number;
  method: 'exact' | 'fuzzy';
}

function sharedTailLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function sharedHeadLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function contextScore(text: string, start: number, end: number, quote: TextQuote): number {
  const before = stripWhitespace(text.slice(Math.max(0, start - CONTEXT_LENGTH * 2), start));
  const after = stripWhitespace(text.slice(end, end + CONTEXT_LENGTH * 2));
  return sharedTailLength(before, stripWhitespace(quote.prefix)) + sharedHeadLength(after, stripWhitespace(quote.suffix));
}

/** Where `quote` is in `text`; `hint` is where it is expected (an offset), or null when anywhere will do. */
export function locateQuote(text: string, quote: TextQuote, hint: number | null): Placement | null {
  const candidates = findIgnoringWhitespace(text, quote.exact);
  if (candidates.length > 0) {
    const near = hint ?? 0;
    let best = candidates[0] as { start: number; end: number };
    let bestScore = -1;
    for (const candidate of candidates) {
      const score = contextScore(text, candidate.start, candidate.end, quote);
      const closer = Math.abs(candidate.start - near) < Math.abs(best.start - near);
      if (score > bestScore || (score === bestScore && hint !== null && closer)) {
        best = candidate;
        bestScore = score;
      }
    }
    return { ...best, method: 'exact' };
  }
  if (hint === null || quote.exact.length < MIN_FUZZY_LENGTH) return null;
  const windowStart = Math.max(0, hint - FUZZY_WINDOW);
  const windowEnd = Math.min(text.length, hint + quote.exact.length + FUZZY_WINDOW);
  const match = closestSubstring(
    text.slice(windowStart, windowEnd).toLowerCase(),
    quote.exact.toLowerCase(),
    hint - windowStart,
  );
  if (!match || match.distance > Math.floor(quote.exact.length * MAX_FUZZY_ERROR)) return null;
  return { start: windowStart + match.start, end: windowStart + match.end, method: 'fuzzy' };
}

/** The anchor for text[start, end): the quote with its context, offsets and page; rectangles come from the reader. */
export function anchorAt(doc: DocumentText, start: number, end: number): TextAnchor {
  const { text } = doc;
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    start,
    end,
    pageIndex: pageAt(doc, start),
    rects: [],
  };
}

/**
 * The anchor for what the reader selected: `selected` is the selection's text, `hint` an offset near it
 * (the start of the page or paragraph it began in). Null when the text is not in the document's text,
 * e.g. a selection across an image.
 */
export function anchorForSelection(doc: DocumentText, selected: string, hint: number): TextAnchor | null {
  const exact = selected.replace(/\s+/g, ' ').trim();
  if (!exact) return null;
  const placed = locateQuote(doc.text, { exact, prefix: '', suffix: '' }, hint);
  return placed && placed.method === 'exact' ? anchorAt(doc, placed.start, placed.end) : null;
}

export type Reanchoring = { status: 'exact' | 'fuzzy'; anchor: TextAnchor } | { status: 'orphaned' };

/** Places an existing anchor in a new version of the document. */
export function reanchor(anchor: TextAnchor, doc: DocumentText): Reanchoring {
  const placed = locateQuote(doc.text, anchor.quote, Math.min(anchor.start, doc.text.length));
  if (!placed) return { status: 'orphaned' };
  return { status: placed.method, anchor: anchorAt(doc, placed.start, placed.end) };
}
