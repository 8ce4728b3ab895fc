import { forwardRef, Fragment, memo, useEffect, useImperativeHandle, useMemo, useRef, type ReactNode } from 'react';
import type { Annotation } from '../../../shared/annotations.ts';
import { pageBlocks, type DocumentText, type TextBlock } from '../../../shared/anchoring/document-text.ts';
import type { DocumentPage, DocumentSection } from '../../../shared/domain.ts';
import type { PagesHandle } from './pdf/PdfPages.tsx';

interface TextPagesProps {
  doc: DocumentText;
  /** Where to open: a flowing document's one page and how far down it. */
  initial: { pageIndex: number; pageOffset: number } | null;
  pages: readonly DocumentPage[];
  sections: readonly DocumentSection[];
  annotations: readonly Annotation[];
  selectedId: string | null;
  hit: { start: number; end: number; key: number } | null;
  onPageChange: (pageIndex: number, pageOffset: number) => void;
}

interface Span {
  start: number;
  end: number;
  className: string;
}

const LIST_ITEM = /^(?:[-*•◦▪]|\d{1,3}[.)]|\([a-z0-9]{1,3}\))\s+/i;

/** A block's text cut where highlights begin and end, each piece marked with the highlight over it. */
function markedRuns(block: TextBlock, spans: readonly Span[]): ReactNode[] {
  const end = block.start + block.text.length;
  const inBlock = spans.filter((s) => s.start < end && s.end > block.start);
  if (inBlock.length === 0) return [block.text];
  const cuts = new Set([block.start, end]);
  for (const s of inBlock) {
    cuts.add(Math.max(s.start, block.start));
    cuts.add(Math.min(s.end, end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: ReactNode[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    const text = block.text.slice(from - block.start, to - block.start);
    const over = inBlock.filter((s) => s.start <= from && s.end >= to);
    runs.push(
      over.length ? (
        <mark key={from} className={over.map((s) => s.className).join(' ')}>
          {text}
        </mark>
      ) : (
        <Fragment key={from}>{text}</Fragment>
      ),
    );
  }
  return runs;
}

/**
 * Articles and other flowing documents as clean text: headings, paragraphs and lists rebuilt from the
 * extracted text, drawn as plain React text, so nothing from the source (scripts, styles, links) can act.
 */
export const TextPages = memo(
  forwardRef<PagesHandle, TextPagesProps>(function TextPages(props, ref) {
    const { doc, initial, pages, sections, annotations, selectedId, hit, onPageChange } = props;
    const scroller = useRef<HTMLDivElement>(null);
    const headings = useMemo(() => new Set(sections.map((s) => s.heading.replace(/\s+/g, ' ').trim())), [sections]);

    const spans = useMemo(() => {
      const list: Span[] = [];
      for (const a of annotations) {
        if (a.target.type !== 'text' || a.orphaned) continue;
        const { start, end } = a.target.anchor;
        list.push({ start, end, className: `text-highlight colour-${a.colour}${a.id === selectedId ? ' is-selected' : ''}` });
      }
      if (hit) list.push({ start: hit.start, end: hit.end, className: 'find-hit-text' });
      return list;
    }, [annotations, selectedId, hit]);

    useEffect(() => {
      const element = scroller.current;
      const page = initial && element?.querySelector<HTMLElement>(`[data-page-index="${initial.pageIndex}"]`);
      if (!element || !page || !initial) return;
      const range = element.scrollHeight - element.clientHeight;
      // A flowing document is one page, so its offset is the share of the whole scroll.
      element.scrollTop = pages.length === 1 ? initial.pageOffset * range : page.offsetTop + initial.pageOffset * page.offsetHeight;
      // Only on opening.
    }, []);

    useImperativeHandle(ref, () => ({
      scrollToPage(pageIndex, pageOffset = 0) {
        const element = scroller.current;
        const page = element?.querySelector<HTMLElement>(`[data-page-index="${pageIndex}"]`);
        if (element && page) element.scrollTop = page.offsetTop + pageOffset * page.offsetHeight;
      },
      element: () => scroller.current,
      geometry: () => null,
    }));

    return (
      <div
        ref={scroller}
        className="text-scroller"
        tabIndex={0}
        role="region"
        aria-label="Document text"
        onScroll={(event) => {
          const element = event.currentTarget;
          const range = element.scrollHeight - element.clientHeight;
          onPageChange(0, range > 0 ? element.scrollTop / range : 0);
        }}
      >
        {pages.map((page) => {
          const blocks = pageBlocks(doc, page.text, page.pageIndex);
          return (
            <div key={page.pageIndex} className="text-page" data-page-index={page.pageIndex}>
              {blocks.length === 0 && <p className="page-empty">No text was found here.</p>}
              {groupLists(blocks).map((group) =>
                group.kind === 'list' ? (
                  <ul key={group.blocks[0]?.start}>
                    {group.blocks.map((block) => (
                      <li key={block.start} data-start={block.start}>
                        {markedRuns(block, spans)}
                      </li>
                    ))}
                  </ul>
                ) : headings.has(group.block.text) ? (
                  <h3 key={group.block.start} className="text-heading" data-start={group.block.start}>
                    {markedRuns(group.block, spans)}
                  </h3>
                ) : (
                  <p key={group.block.start} data-start={group.block.start}>
                    {markedRuns(group.block, spans)}
                  </p>
                ),
              )}
            </div>
          );
        })}
      </div>
    );
  }),
);

type Group = { kind: 'list'; blocks: TextBlock[] } | { kind: 'block'; block: TextBlock };

/** Consecutive list items become one list, so screen readers announce it as such. */
function groupLists(blocks: readonly TextBlock[]): Group[] {
  const groups: Group[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (!LIST_ITEM.test(block.text)) groups.push({ kind: 'block', block });
    else if (last?.kind === 'list') last.blocks.push(block);
    else groups.push({ kind: 'list', blocks: [block] });
  }
  return groups;
}
