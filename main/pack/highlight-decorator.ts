/**
 * Draws members' highlights on the original pages of a pack: each highlighted passage's rectangles, as
 * the reader recorded them in the page's own PDF points, mapped through the page's placement on A4 and
 * filled in the annotation's colour. Multiply blending tints the paper and leaves the ink black, as a
 * highlighter pen does.
 */
import { BlendMode, beginMarkedContent, endMarkedContent, rgb, type RGB } from 'pdf-lib';
import type { AnnotationColour, PdfRect, TextAnchor } from '../../shared/annotations.ts';
import { ANNOTATION_PACK_PARTS } from '../../shared/meetings.ts';
import { listAnnotations } from '../db/annotations.ts';
import type { Db } from '../db/connection.ts';
import type { PageDecorator, PlacePoint } from './extensions.ts';

/** The reader's highlight colours (renderer/styles.css, --hl-*), so a printed page looks like the screen. */
const HIGHLIGHT_COLOURS: Record<AnnotationColour, RGB> = {
  yellow: rgb(1, 0.84, 0),
  green: rgb(0.24, 0.75, 0.35),
  blue: rgb(0.27, 0.59, 1),
  pink: rgb(1, 0.35, 0.67),
  orange: rgb(1, 0.55, 0),
};
const HIGHLIGHT_OPACITY = 0.45;

interface PlacedHighlight {
  anchor: TextAnchor;
  colour: AnnotationColour;
}

export function highlightDecorator(db: Db): PageDecorator {
  // Read once per document, not once per page; a decorator lives for one build.
  const byDocument = new Map<number, PlacedHighlight[]>();
  const highlightsOf = (documentId: number): PlacedHighlight[] => {
    let highlights = byDocument.get(documentId);
    if (!highlights) {
      // Orphaned passages are not in this version, and their rectangles belong to the old one.
      highlights = listAnnotations(db, { documentId }).flatMap((a) =>
        a.target.type === 'text' && !a.orphaned && a.target.anchor.rects.length ? [{ anchor: a.target.anchor, colour: a.colour }] : [],
      );
      byDocument.set(documentId, highlights);
    }
    return highlights;
  };
  return {
    id: ANNOTATION_PACK_PARTS.highlights,
    decorate(page, { documentId, pageIndex }, place) {
      const onPage = highlightsOf(documentId).filter((h) => h.anchor.pageIndex === pageIndex);
      if (!onPage.length) return;
      // Decoration, not content: screen readers skip it.
      page.pushOperators(beginMarkedContent('Artifact'));
      for (const { anchor, colour } of onPage) {
        for (const rect of anchor.rects) {
          page.drawRectangle({ ...placedBox(rect, place), color: HIGHLIGHT_COLOURS[colour], opacity: HIGHLIGHT_OPACITY, blendMode: BlendMode.Multiply });
        }
      }
      page.pushOperators(endMarkedContent());
    },
  };
}

/** The rectangle on the pack page; corners are mapped separately because a turned page swaps them. */
function placedBox(rect: PdfRect, place: PlacePoint): { x: number; y: number; width: number; height: number } {
  const [ax, ay] = place(rect.x1, rect.y1);
  const [bx, by] = place(rect.x2, rect.y2);
  return { x: Math.min(ax, bx), y: Math.min(ay, by), width: Math.abs(bx - ax), height: Math.abs(by - ay) };
}
