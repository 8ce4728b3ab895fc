/** Words for where an annotation is and what colour it has, shared by the panel, the notes view and screen readers. */
import type { Annotation, AnnotationColour } from '../../../shared/annotations.ts';
import { MAX_TAG_LENGTH, MAX_TAGS } from '../../../shared/limits.ts';

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

/** Tags as typed: separated by commas, trimmed, without repeats or empties; a pasted tab is a space. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.replace(/[\u0000-\u001f]+/g, ' ').trim()).filter(Boolean))];
}

/** The tags that can be saved: none over the length limit, and no more than the limit's number. */
export function saveableTags(tags: string[]): string[] {
  return tags.filter((tag) => tag.length <= MAX_TAG_LENGTH).slice(0, MAX_TAGS);
}

/** Why some of these tags cannot be saved, in words for the person typing them; null when all can. */
export function tagProblem(tags: string[]): string | null {
  const long = tags.find((tag) => tag.length > MAX_TAG_LENGTH);
  if (long) return `A tag can be at most ${MAX_TAG_LENGTH} characters; “${long.slice(0, 20)}…” has ${long.length}.`;
  if (tags.length > MAX_TAGS) return `A note can have at most ${MAX_TAGS} tags; this has ${tags.length}.`;
  return null;
}
