/**
 * "Only the pages a member annotated": which pack pages carry an annotation. An original page qualifies
 * when a passage or page note on that page of its document is placed in the current version; a document
 * typeset into the pack keeps none of its own page breaks, so all its pages go when any of it is annotated.
 * A note on a whole document marks no page.
 */
import { listAnnotations } from '../db/annotations.ts';
import type { Db } from '../db/connection.ts';
import type { SelectablePage } from './select-pages.ts';

/** Chooses among `pages` (a built pack's or a stored edition's) the ones that carry an annotation. */
export function annotatedPageChooser(db: Db, pages: readonly SelectablePage[]): (page: SelectablePage) => boolean {
  const annotatedPages = new Map<number, Set<number>>();
  for (const documentId of new Set(pages.flatMap((page) => (page.documentId === null ? [] : [page.documentId])))) {
    const annotated = new Set<number>();
    for (const annotation of listAnnotations(db, { documentId })) {
      if (annotation.orphaned) continue;
      if (annotation.target.type === 'text') annotated.add(annotation.target.anchor.pageIndex);
      if (annotation.target.type === 'page') annotated.add(annotation.target.pageIndex);
    }
    if (annotated.size) annotatedPages.set(documentId, annotated);
  }
  return ({ documentId, sourcePageIndex }) => {
    const pages = documentId === null ? undefined : annotatedPages.get(documentId);
    if (!pages) return false;
    return sourcePageIndex === null || pages.has(sourcePageIndex);
  };
}
