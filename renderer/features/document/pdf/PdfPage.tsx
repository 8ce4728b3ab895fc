import { memo, useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import type { Annotation, PdfRect } from '../../../../shared/annotations.ts';
import { pdfLibrary } from './loadPdf.ts';
import { cssBoxOf, pdfRectsOf, rangeForQuote, type PageGeometry } from './textLayerText.ts';

/** CSS pixels per PDF point at 100%: PDF has 72 points to the inch, CSS 96 pixels. */
export const CSS_PER_POINT = 96 / 72;

export interface PageSize {
  width: number;
  height: number;
}

interface PdfPageProps {
  pdf: PDFDocumentProxy;
  pageIndex: number;
  /** Page size in points: an estimate until the page has been loaded once. */
  size: PageSize;
  zoom: number;
  scroller: HTMLElement | null;
  highlights: readonly Annotation[];
  selectedId: string | null;
  /** A passage to show (find, or "go to" from the notes), found in this page's text layer. */
  hit: { quote: string; occurrence: number; key: number } | null;
  onMeasured: (pageIndex: number, size: PageSize) => void;
  onGeometry: (pageIndex: number, geometry: PageGeometry | null) => void;
  onRectsFound: (annotationId: string, rects: PdfRect[]) => void;
  /** Which copy of its quote on its page a highlight is (0 for the first). */
  occurrenceOf: (annotation: Annotation) => number;
}

/**
 * One page: an empty box of the right size until it scrolls near the view, then the page drawn on a canvas
 * with pdf.js's text layer above it (so text can be selected and read out) and the highlights between.
 * Pages far from view are emptied again, so a 500-page document costs only the pages on screen.
 */
export const PdfPage = memo(function PdfPage(props: PdfPageProps) {
  const { pdf, pageIndex, size, zoom, scroller, highlights, selectedId, hit } = props;
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const textLayerBox = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  const [geometry, setGeometry] = useState<PageGeometry | null>(null);
  const [hitBoxes, setHitBoxes] = useState<PdfRect[]>([]);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const element = box.current;
    if (!element || !scroller) return;
    const observer = new IntersectionObserver(([entry]) => setNear(Boolean(entry?.isIntersecting)), {
      root: scroller,
      rootMargin: '100% 0px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [scroller]);

  useEffect(() => {
    if (!near) return;
    let cancelled = false;
    let renderTask: RenderTask | null = null;
    let textLayer: { cancel(): void } | null = null;
    const layerBox = textLayerBox.current;
    (async () => {
      const page = await pdf.getPage(pageIndex + 1);
      if (cancelled) return;
      const natural = page.getViewport({ scale: 1 });
      latest.current.onMeasured(pageIndex, { width: natural.width, height: natural.height });
      const viewport = page.getViewport({ scale: zoom * CSS_PER_POINT });
      const target = canvas.current;
      if (!target || !layerBox) return;
      const ratio = window.devicePixelRatio || 1;
      target.width = Math.floor(viewport.width * ratio);
      target.height = Math.floor(viewport.height * ratio);
      // The worker reads out the page's text while this thread draws the canvas, rather than after it.
      const text = page.getTextContent();
      text.catch(() => undefined);
      renderTask = page.render({
        canvas: target,
        canvasContext: target.getContext('2d') as CanvasRenderingContext2D,
        viewport,
        transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
      });
      await renderTask.promise;
      const [pdfjs, content] = await Promise.all([pdfLibrary(), text]);
      if (cancelled) return;
      layerBox.replaceChildren();
      const layer = new pdfjs.TextLayer({ textContentSource: content, container: layerBox, viewport });
      textLayer = layer;
      await layer.render();
      if (cancelled) return;
      const pageGeometry: PageGeometry = {
        toPdf: (x, y) => viewport.convertToPdfPoint(x, y) as [number, number],
        toCss: (x, y) => viewport.convertToViewportPoint(x, y) as [number, number],
      };
      setGeometry(pageGeometry);
      latest.current.onGeometry(pageIndex, pageGeometry);
    })().catch((error: unknown) => {
      // A cancelled render is the normal result of scrolling on quickly.
      if ((error as { name?: string })?.name !== 'RenderingCancelledException') console.warn(`Page ${pageIndex + 1}:`, error);
    });
    return () => {
      cancelled = true;
      renderTask?.cancel();
      textLayer?.cancel();
      layerBox?.replaceChildren();
      setGeometry(null);
      latest.current.onGeometry(pageIndex, null);
    };
  }, [near, pdf, pageIndex, zoom]);

  // Highlights placed by re-anchoring have no rectangles yet: find their copy of the text on the page and
  // store its rectangles.
  useEffect(() => {
    const layer = textLayerBox.current;
    const page = box.current;
    if (!geometry || !layer || !page) return;
    for (const annotation of highlights) {
      if (annotation.target.type !== 'text' || annotation.target.anchor.rects.length > 0) continue;
      const range = rangeForQuote(layer, annotation.target.anchor.quote.exact, latest.current.occurrenceOf(annotation));
      const rects = range ? pdfRectsOf(range, page, geometry) : [];
      if (rects.length) latest.current.onRectsFound(annotation.id, rects);
    }
  }, [geometry, highlights]);

  useEffect(() => {
    const layer = textLayerBox.current;
    const page = box.current;
    if (!hit || !geometry || !layer || !page) {
      setHitBoxes([]);
      return;
    }
    const range = rangeForQuote(layer, hit.quote, hit.occurrence);
    const rects = range ? pdfRectsOf(range, page, geometry) : [];
    setHitBoxes(rects);
    const first = rects[0];
    if (first && scroller) {
      const { top } = cssBoxOf(first, geometry);
      scroller.scrollTop = page.offsetTop + top - scroller.clientHeight / 3;
    }
  }, [hit, geometry, scroller]);

  const width = size.width * zoom * CSS_PER_POINT;
  const height = size.height * zoom * CSS_PER_POINT;
  return (
    <div
      ref={box}
      className="pdf-page"
      data-page-index={pageIndex}
      role="region"
      aria-label={`Page ${pageIndex + 1}`}
      style={{ width, height, ['--total-scale-factor' as string]: zoom * CSS_PER_POINT }}
    >
      {near && <canvas ref={canvas} className="pdf-canvas" style={{ width, height }} aria-hidden="true" />}
      {geometry && (
        <div className="highlight-layer" aria-hidden="true">
          {highlights.flatMap((annotation) =>
            annotation.target.type === 'text'
              ? annotation.target.anchor.rects.map((rect, i) => (
                  <div
                    key={`${annotation.id}-${i}`}
                    className={`pdf-highlight colour-${annotation.colour}${annotation.id === selectedId ? ' is-selected' : ''}`}
                    style={cssBoxOf(rect, geometry)}
                  />
                ))
              : [],
          )}
          {hitBoxes.map((rect, i) => (
            <div key={`hit-${i}`} className="find-hit" style={cssBoxOf(rect, geometry)} />
          ))}
        </div>
      )}
      <div ref={textLayerBox} className="textLayer" />
      {!near && <span className="pdf-page-placeholder">Page {pageIndex + 1}</span>}
    </div>
  );
});
