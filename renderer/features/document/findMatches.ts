/** Find in document: every place a phrase occurs in the document's normalised text, case ignored. */
import { findIgnoringWhitespace } from '../../../shared/anchoring/compact.ts';
import { pageAt, normaliseText, type DocumentText } from '../../../shared/anchoring/document-text.ts';

export interface FindMatch {
  start: number;
  end: number;
  pageIndex: number;
}

const MAX_MATCHES = 2000;

export function findMatches(doc: DocumentText, query: string): FindMatch[] {
  const needle = normaliseText(query).toLowerCase();
  if (needle.length < 2) return [];
  const haystack = doc.text.toLowerCase();
  const matches: FindMatch[] = [];
  for (let at = haystack.indexOf(needle); at !== -1 && matches.length < MAX_MATCHES; at = haystack.indexOf(needle, at + needle.length)) {
    matches.push({ start: at, end: at + needle.length, pageIndex: pageAt(doc, at) });
  }
  return matches;
}

/**
 * Which occurrence on its page a passage starting at `start` is (0 for the first), counted the way the
 * page's text layer is searched, so the reader marks that one and not the page's first.
 */
export function occurrenceOnPage(doc: DocumentText, pageIndex: number, quote: string, start: number): number {
  const pageStart = doc.pageStarts[pageIndex] ?? 0;
  const pageEnd = doc.pageStarts[pageIndex + 1] ?? doc.text.length;
  return findIgnoringWhitespace(doc.text.slice(pageStart, pageEnd), quote).filter((match) => pageStart + match.start < start).length;
}
