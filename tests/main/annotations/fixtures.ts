/** Annotations for tests, anchored in real document text the way the reader anchors them. */
import type { AnnotationInput } from '../../../main/db/annotations.ts';
import type { AnnotationTarget } from '../../../shared/annotations.ts';
import { documentText } from '../../../shared/anchoring/document-text.ts';
import { anchorForSelection } from '../../../shared/anchoring/locate.ts';

let counter = 0;

export function highlightOf(pages: string[], selected: string, pageIndex = 0): AnnotationTarget {
  const doc = documentText(pages);
  const anchor = anchorForSelection(doc, selected, doc.pageStarts[pageIndex] ?? 0);
  if (!anchor) throw new Error(`"${selected}" is not in the pages`);
  return { type: 'text', anchor: { ...anchor, rects: [{ x1: 56, y1: 700, x2: 300, y2: 712 }] } };
}

export function annotation(documentId: number, overrides: Partial<AnnotationInput> = {}): AnnotationInput {
  counter++;
  return {
    id: `test-annotation-${String(counter).padStart(4, '0')}`,
    documentId,
    target: { type: 'document' },
    colour: 'yellow',
    note: '',
    isQuestion: false,
    tags: [],
    orphaned: false,
    ...overrides,
  };
}
