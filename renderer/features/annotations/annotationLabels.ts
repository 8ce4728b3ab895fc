/** Words for where an annotation is and what colour it has, shared by the panel, the notes view and screen readers. */
import type { Annotation, AnnotationColour } from '../../../shared/annotations.ts';

export const COLOUR_NAMES: Record<AnnotationColour, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  orange: 'Orange',
};

export function whereLabel(annotation: Annotation): string {
  const { target } = annotation;
  if (target.type === 'document') return 'Whole document';
  const page = target.type === 'page' ? target.pageIndex : target.anchor.pageIndex;
  return target.type === 'page' ? `Note on page ${page + 1}` : `Page ${page + 1}`;
}

export function quoteOf(annotation: Annotation): string | null {
  return annotation.target.type === 'text' ? annotation.target.anchor.quote.exact : null;
}

/** Tags as typed: separated by commas, trimmed, without repeats or empties. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];
}
