/**
 * "Only the pages a member annotated": which pack pages carry an annotation. An original page qualifies
 * when a passage or page note on that page of its document is placed in the current version; a document
 * typeset into the pack keeps none of its own page breaks, so all its pages go when any of it is annotated.
 * A note on a whole document marks no page.
 */
import { listAnnotations } from '../db/annotations.ts';
import type { Db } from '../db/connection.ts';
import type { SelectablePage } from './select-pages.ts';

export function annotatedPageChooser(db: Db, documentIds: Iterable<number>): (page: SelectablePage) => boolean {
  const annotatedPages = new Map<number, Set<number>>();
  for (const documentId of new Set(documentIds)) {
    const pages = new Set<number>();
    for (const annotation of listAnnotations(db, { documentId })) {
      if (annotation.orphaned) continue;
      if (annotation.target.type === 'text') pages.add(annotation.target.anchor.pageIndex);
      if (annotation.target.type === 'page') pages.add(annotation.target.pageIndex);
    }
    if (pages.size) annotatedPages.set(documentId, pages);
  }
  return ({ documentId, sourcePageIndex }) => {
    const pages = documentId === null ? undefined : annotatedPages.get(documentId);
    if (!pages) return false;
    return sourcePageIndex === null || pages.has(sourcePageIndex);
  };
}
