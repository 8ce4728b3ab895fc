/**
 * Finding a passage among the text nodes of a page's text layer, and turning what is on screen into PDF
 * points and back. Highlights are stored in PDF points so they do not depend on zoom.
 */
import type { PdfRect } from '../../../../shared/annotations.ts';
import { findIgnoringWhitespace } from '../../../../shared/anchoring/compact.ts';

/** The text layer's text, with each text node's place in it. */
function textNodesOf(root: Element): { text: string; nodes: { node: Text; start: number }[] } {
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node: node as Text, start: text.length });
    // A space between nodes: items are separate words or lines more often than not, and matching ignores spaces anyway.
    text += `${(node as Text).data} `;
  }
  return { text, nodes };
}

function pointAt(nodes: { node: Text; start: number }[], offset: number): { node: Text; offset: number } | null {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const entry = nodes[i] as { node: Text; start: number };
    if (entry.start <= offset) return { node: entry.node, offset: Math.min(offset - entry.start, entry.node.data.length) };
  }
  return null;
}

/** A DOM range over the given occurrence of `quote` in the text layer (the first if there are fewer), or null. */
export function rangeForQuote(textLayer: Element, quote: string, occurrence = 0): Range | null {
  const { text, nodes } = textNodesOf(textLayer);
  const matches = findIgnoringWhitespace(text, quote);
  // pdf.js's text layer can hold fewer copies than the imported text counted (text the import read but
  // pdf.js does not lay out); marking the first is better than marking nothing.
  const found = matches[occurrence] ?? matches[0];
  if (!found) return null;
  const start = pointAt(nodes, found.start);
  const end = pointAt(nodes, found.end);
  if (!start || !end) return null;
  const range = textLayer.ownerDocument.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}

/** Converts between CSS pixels inside a page element and PDF points; the page's viewport knows how. */
export interface PageGeometry {
  toPdf(x: number, y: number): [number, number];
  toCss(x: number, y: number): [number, number];
}

/** The range's line boxes inside `page`, in PDF points. */
export function pdfRectsOf(range: Range, page: Element, geometry: PageGeometry): PdfRect[] {
  const box = page.getBoundingClientRect();
  const rects: PdfRect[] = [];
  for (const r of Array.from(range.getClientRects())) {
    if (r.width < 1 || r.height < 1) continue;
    const left = r.left - box.left;
    const top = r.top - box.top;
    if (left > box.width || top > box.height || left + r.width < 0 || top + r.height < 0) continue;
    const [x1, y1] = geometry.toPdf(left, top + r.height);
    const [x2, y2] = geometry.toPdf(left + r.width, top);
    rects.push({ x1: Math.min(x1, x2), y1: Math.min(y1, y2), x2: Math.max(x1, x2), y2: Math.max(y1, y2) });
  }
  return rects;
}

/** A rectangle in PDF points as CSS left/top/width/height inside the page element. */
export function cssBoxOf(rect: PdfRect, geometry: PageGeometry): { left: number; top: number; width: number; height: number } {
  const [ax, ay] = geometry.toCss(rect.x1, rect.y1);
  const [bx, by] = geometry.toCss(rect.x2, rect.y2);
  return { left: Math.min(ax, bx), top: Math.min(ay, by), width: Math.abs(bx - ax), height: Math.abs(by - ay) };
}
