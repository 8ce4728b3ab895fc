/** Which documents the library view shows, and in what order: pure functions over the loaded list. */
import type { DocumentKind, DocumentSummary } from '../../../shared/domain.ts';
import {
  DEFAULT_DOCUMENT_SORT,
  isDefaultDocumentSort,
  sortDocuments,
  type DocumentSort,
} from '../../../shared/document-order.ts';

export type KindFilter = 'all' | DocumentKind;

/** What the reader has set in the library view; kept by the app so it survives opening a document. */
export interface LibrarySettings {
  filterText: string;
  kind: KindFilter;
  sort: DocumentSort;
}

export const defaultLibrarySettings: LibrarySettings = {
  filterText: '',
  kind: 'all',
  sort: DEFAULT_DOCUMENT_SORT,
};

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
 * The documents to list for these settings, in order. The library list arrives in the default order, so
 * only another order is sorted here (filtering keeps the order it is given).
 */
export function shownDocuments(documents: readonly DocumentSummary[], filterText: string, kind: KindFilter, sort: DocumentSort): DocumentSummary[] {
  const kept = filterDocuments(documents, filterText, kind);
  return isDefaultDocumentSort(sort) ? kept : sortDocuments(kept, sort);
}

export function describeSort(sort: DocumentSort): string {
  if (sort.key === 'date') return sort.direction === 'descending' ? 'newest first' : 'oldest first';
  return `by ${sort.key}, ${sort.direction === 'ascending' ? 'A to Z' : 'Z to A'}`;
}
