/**
 * Moves a document's annotations onto its new text after a replace. Passages are found again by their
 * quote; page notes keep their page while it exists. Whatever cannot be placed is marked orphaned and
 * kept with its quote and note, for the user to place or delete: nothing is dropped.
 */
import type { Annotation } from '../../shared/annotations.ts';
import { documentText } from '../../shared/anchoring/document-text.ts';
import { reanchor } from '../../shared/anchoring/locate.ts';
import { listAnnotations, saveAnnotation } from '../db/annotations.ts';
import type { Db } from '../db/connection.ts';

export interface ReanchorSummary {
  moved: number;
  movedApproximately: number;
  orphaned: Annotation[];
}

export function reanchorAnnotations(db: Db, documentId: number, pages: readonly string[], now = new Date()): ReanchorSummary {
  const doc = documentText(pages);
  const summary: ReanchorSummary = { moved: 0, movedApproximately: 0, orphaned: [] };
  for (const annotation of listAnnotations(db, { documentId })) {
    const { target } = annotation;
    if (target.type === 'document') continue;
    let next: Annotation;
    if (target.type === 'page') {
      // Placed again when a later version has the page once more.
      next = { ...annotation, orphaned: target.pageIndex >= pages.length };
    } else {
      const placed = reanchor(target.anchor, doc);
      if (placed.status === 'orphaned') next = { ...annotation, orphaned: true };
      else {
        next = { ...annotation, target: { type: 'text', anchor: placed.anchor }, orphaned: false };
        if (placed.status === 'fuzzy') summary.movedApproximately++;
        else summary.moved++;
      }
    }
    const saved = saveAnnotation(db, next, now);
    if (saved.orphaned) summary.orphaned.push(saved);
  }
  return summary;
}
