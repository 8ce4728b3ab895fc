/** Annotations in the order of the document, as the library lists them: document notes, then page by page. */
import type { Annotation } from '../../../shared/annotations.ts';

export function annotationPageIndex(annotation: Annotation): number | null {
  const { target } = annotation;
  if (target.type === 'text') return target.anchor.pageIndex;
  return target.type === 'page' ? target.pageIndex : null;
}

export function byPosition(a: Annotation, b: Annotation): number {
  const page = (annotationPageIndex(a) ?? -1) - (annotationPageIndex(b) ?? -1);
  if (page !== 0) return page;
  const textA = a.target.type === 'text' ? a.target.anchor.start : -1;
  const textB = b.target.type === 'text' ? b.target.anchor.start : -1;
  return textA - textB || a.createdAt.localeCompare(b.createdAt);
}
