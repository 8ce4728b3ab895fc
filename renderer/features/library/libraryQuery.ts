/** Which documents the library view shows, and in what order: pure functions over the loaded list. */
import type { DocumentKind, DocumentSummary } from '../../../shared/domain.ts';
import type { SortKey, TableSort } from '../../components/DocumentTable.tsx';
import { compareOptionalText, textCollator } from '../../../shared/text-order.ts';

export type KindFilter = 'all' | DocumentKind;

/** What the reader has set in the library view; kept by the app so it survives opening a document. */
export interface LibrarySettings {
  filterText: string;
  kind: KindFilter;
  sort: TableSort;
}

export const defaultLibrarySettings: LibrarySettings = {
  filterText: '',
  kind: 'all',
  sort: { key: 'date', direction: 'descending' },
};

/** Clicking the sorted column reverses it; a new column starts the way people expect (newest dates first). */
export function nextSort(current: TableSort, key: SortKey): TableSort {
  if (current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key, direction: key === 'date' ? 'descending' : 'ascending' };
}

function searchableText(document: DocumentSummary): string {
  return [document.title, document.committee, document.organisation, document.author].filter(Boolean).join('\n').toLowerCase();
}

/** Keeps documents of the chosen kind whose title, committee, organisation or author contain every typed word. */
export function filterDocuments(
  documents: readonly DocumentSummary[],
  filterText: string,
  kind: KindFilter,
): DocumentSummary[] {
  const words = filterText.toLowerCase().split(/\s+/).filter(Boolean);
  return documents.filter((document) => {
    if (kind !== 'all' && document.kind !== kind) return false;
    if (words.length === 0) return true;
    const text = searchableText(document);
    return words.every((word) => text.includes(word));
  });
}

/**
 * Dates are ISO (YYYY-MM-DD), so plain string order is date order. The collator gives the same answer
 * about ten times more slowly, which the default sort (newest first) would pay on every start-up.
 */
function compareDates(left: string | null, right: string | null, direction: 1 | -1): number {
  if (left === right) return 0;
  if (left === null || left === '') return 1;
  if (right === null || right === '') return -1;
  return left < right ? -direction : direction;
}

function compareByKey(a: DocumentSummary, b: DocumentSummary, key: SortKey, direction: 1 | -1): number {
  return key === 'date' ? compareDates(a.date, b.date, direction) : compareOptionalText(a[key], b[key], direction);
}

/** Sorted copy; documents without the sorted value go last either way, ties fall back to title then id. */
export function sortDocuments(documents: readonly DocumentSummary[], sort: TableSort): DocumentSummary[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...documents].sort((a, b) => {
    return compareByKey(a, b, sort.key, sign) || textCollator.compare(a.title, b.title) || a.id - b.id;
  });
}

export function describeSort(sort: TableSort): string {
  if (sort.key === 'date') return sort.direction === 'descending' ? 'newest first' : 'oldest first';
  return `by ${sort.key}, ${sort.direction === 'ascending' ? 'A to Z' : 'Z to A'}`;
}
