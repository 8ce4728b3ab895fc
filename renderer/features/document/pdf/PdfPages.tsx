import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { Annotation, PdfRect } from '../../../../shared/annotations.ts';
import { annotationPageIndex } from '../../annotations/annotationOrder.ts';
import { CSS_PER_POINT, PdfPage, type PageSize } from './PdfPage.tsx';
import type { PageGeometry } from './textLayerText.ts';

export interface PagesHandle {
  scrollToPage(pageIndex: number, pageOffset?: number): void;
  /** The scrolling element, for the reader's keyboard and selection handling. */
  element(): HTMLElement | null;
  geometry(pageIndex: number): PageGeometry | null;
}

interface PdfPagesProps {
  pdf: PDFDocumentProxy;
  /** Where to open, once the pages are laid out. */
  initial: { pageIndex: number; pageOffset: number } | null;
  zoom: number | 'fit-width';
  annotations: readonly Annotation[];
  selectedId: string | null;
  hit: { pageIndex: number; quote: string; occurrence: number; key: number } | null;
  onPageChange: (pageIndex: number, pageOffset: number) => void;
  onRectsFound: (annotationId: string, rects: PdfRect[]) => void;
  occurrenceOf: (annotation: Annotation) => number;
  /** The zoom fit-width works out to, so the toolbar can show it. */
  onEffectiveZoom: (zoom: number) => void;
}

const PAGE_GAP = 16;
const EMPTY: readonly Annotation[] = [];

/** The original pages, one under another, in a scrolling region; only pages near the view are drawn. */
export const PdfPages = forwardRef<PagesHandle, PdfPagesProps>(function PdfPages(props, ref) {
  const { pdf, initial, zoom, annotations, selectedId, hit, onPageChange, onRectsFound, occurrenceOf, onEffectiveZoom } = props;
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const [firstSize, setFirstSize] = useState<PageSize | null>(null);
  const [sizes, setSizes] = useState<Record<number, PageSize>>({});
  const [width, setWidth] = useState(0);
  const geometries = useRef(new Map<number, PageGeometry>());

  useEffect(() => {
    let live = true;
    void pdf.getPage(1).then((page) => {
      const viewport = page.getViewport({ scale: 1 });
      if (live) setFirstSize({ width: viewport.width, height: viewport.height });
    });
    return () => {
      live = false;
    };
  }, [pdf]);

  useEffect(() => {
    if (!scroller) return;
    const observer = new ResizeObserver(() => setWidth(scroller.clientWidth));
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [scroller]);

  const effectiveZoom = useMemo(() => {
    if (zoom !== 'fit-width') return zoom;
    if (!firstSize || width === 0) return 1;
    return Math.max(0.25, Math.min(5, (width - 2 * PAGE_GAP) / (firstSize.width * CSS_PER_POINT)));
  }, [zoom, firstSize, width]);
  useEffect(() => onEffectiveZoom(effectiveZoom), [effectiveZoom, onEffectiveZoom]);

  const byPage = useMemo(() => {
    const map = new Map<number, Annotation[]>();
    for (const a of annotations) {
      const page = annotationPageIndex(a);
      if (a.target.type !== 'text' || page === null || a.orphaned) continue;
      map.set(page, [...(map.get(page) ?? []), a]);
    }
    return map;
  }, [annotations]);

  const pageElement = useCallback(
    (index: number) => scroller?.querySelector<HTMLElement>(`.pdf-page[data-page-index="${index}"]`) ?? null,
    [scroller],
  );

  useImperativeHandle(
    ref,
    () => ({
      scrollToPage(pageIndex, pageOffset = 0) {
        const page = pageElement(pageIndex);
        if (scroller && page) scroller.scrollTop = page.offsetTop - PAGE_GAP + pageOffset * page.offsetHeight;
      },
      element: () => scroller,
      geometry: (pageIndex) => geometries.current.get(pageIndex) ?? null,
    }),
    [pageElement, scroller],
  );

  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || !firstSize || width === 0 || !scroller) return;
    opened.current = true;
    if (!initial) return;
    const page = pageElement(initial.pageIndex);
    if (page) scroller.scrollTop = page.offsetTop - PAGE_GAP + initial.pageOffset * page.offsetHeight;
  }, [firstSize, width, scroller, initial, pageElement]);

  // Which page is at the top of the view, and how far down it: found by halving, pages being in order.
  useEffect(() => {
    if (!scroller) return;
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const pages = scroller.querySelectorAll<HTMLElement>('.pdf-page');
        const top = scroller.scrollTop + PAGE_GAP;
        let low = 0;
        let high = pages.length - 1;
        while (low < high) {
          const mid = (low + high + 1) >> 1;
          if ((pages[mid] as HTMLElement).offsetTop <= top) low = mid;
          else high = mid - 1;
        }
        const page = pages[low];
        if (!page) return;
        onPageChange(low, Math.max(0, Math.min(1, (top - page.offsetTop) / page.offsetHeight)));
      });
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [scroller, onPageChange]);

  const onMeasured = useCallback((pageIndex: number, size: PageSize) => {
    setSizes((known) =>
      known[pageIndex]?.width === size.width && known[pageIndex]?.height === size.height ? known : { ...known, [pageIndex]: size },
    );
  }, []);
  const onGeometry = useCallback((pageIndex: number, geometry: PageGeometry | null) => {
    if (geometry) geometries.current.set(pageIndex, geometry);
    else geometries.current.delete(pageIndex);
  }, []);

  return (
    <div ref={setScroller} className="pdf-scroller" tabIndex={0} role="region" aria-label="Original pages">
      {firstSize &&
        Array.from({ length: pdf.numPages }, (_, index) => (
          <PdfPage
            key={index}
            pdf={pdf}
            pageIndex={index}
            size={sizes[index] ?? firstSize}
            zoom={effectiveZoom}
            scroller={scroller}
            highlights={byPage.get(index) ?? EMPTY}
            selectedId={selectedId}
            hit={hit && hit.pageIndex === index ? hit : null}
            onMeasured={onMeasured}
            onGeometry={onGeometry}
            onRectsFound={onRectsFound}
            occurrenceOf={occurrenceOf}
          />
        ))}
    </div>
  );
});
