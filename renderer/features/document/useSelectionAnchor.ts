import { useCallback, useEffect, useState } from 'react';
import type { TextAnchor } from '../../../shared/annotations.ts';
import type { DocumentText } from '../../../shared/anchoring/document-text.ts';
import { anchorForSelection } from '../../../shared/anchoring/locate.ts';
import { pdfRectsOf, type PageGeometry } from './pdf/textLayerText.ts';

/**
 * Follows the reader's text selection inside the pages and turns it into an anchor: found in the
 * document's text near the page or paragraph it started in, plus (PDF) its rectangles in points. A
 * selection ending elsewhere (say, by clicking a highlight button) leaves the last anchor in place.
 */
export function useSelectionAnchor(
  text: DocumentText,
  scroller: () => HTMLElement | null,
  geometry: (pageIndex: number) => PageGeometry | null,
): { anchor: TextAnchor | null; clear: () => void } {
  const [anchor, setAnchor] = useState<TextAnchor | null>(null);

  useEffect(() => {
    const onChange = () => {
      const root = scroller();
      const selection = document.getSelection();
      if (!root || !selection || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      if (!root.contains(range.commonAncestorContainer)) return;
      if (selection.isCollapsed) {
        setAnchor(null);
        return;
      }
      const startElement =
        range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
      const page = startElement?.closest<HTMLElement>('.pdf-page');
      let hint = 0;
      if (page) hint = text.pageStarts[Number(page.dataset.pageIndex)] ?? 0;
      else hint = Number(startElement?.closest<HTMLElement>('[data-start]')?.dataset.start ?? 0);
      const found = anchorForSelection(text, selection.toString(), hint);
      if (!found) {
        setAnchor(null);
        return;
      }
      const pageGeometry = page ? geometry(Number(page.dataset.pageIndex)) : null;
      const rects = page && pageGeometry ? pdfRectsOf(range, page, pageGeometry) : [];
      setAnchor({ ...found, rects });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [text, scroller, geometry]);

  const clear = useCallback(() => setAnchor(null), []);
  return { anchor, clear };
}
