import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import type { DocumentSort, DocumentSortKey } from '../../shared/document-order.ts';
import type { DocumentSummary } from '../../shared/domain.ts';
import { EXEMPT_MARKING } from '../../shared/exempt.ts';
import { formatDate, kindLabel } from '../lib/format.ts';
import { SortableHeaderRow, type HeaderColumn } from './SortableHeaderRow.tsx';


const COLUMNS: readonly HeaderColumn<DocumentSortKey>[] = [
  { label: 'Kind', sortKey: 'kind', className: 'col-kind' },
  { label: 'Title', sortKey: 'title', className: 'col-title' },
  { label: 'Date', sortKey: 'date', className: 'col-date' },
  { label: 'Committee', sortKey: 'committee', className: 'col-committee' },
  { label: 'Organisation', sortKey: 'organisation', className: 'col-organisation' },
  { label: 'Pages', sortKey: null, className: 'col-pages' },
];

/** Rows are measured once drawn; this only places the rows not drawn yet. */
const ESTIMATED_ROW_HEIGHT = 56;
/** Rows drawn beyond the visible ones, so fast scrolling and arrow keys rarely meet a blank. */
const OVERSCAN_ROWS = 8;
/** Rows moved by Page Up and Page Down. */
const PAGE_STEP = 10;

interface DocumentTableProps {
  documents: readonly DocumentSummary[];
  caption: string;
  sort: DocumentSort;
  onSort: (key: DocumentSortKey) => void;
  onOpen: (document: DocumentSummary) => void;
  /** A row to scroll to and focus once, e.g. the document the reader has just come back from. */
  focusDocumentId: number | null;
  onFocusRestored: () => void;
}

/**
 * The library as a table that stays quick with tens of thousands of rows: only the rows near the window's
 * scroll position are drawn, with spacer rows standing in for the rest. The table is a single Tab stop;
 * arrow keys, Page Up/Down, Home and End move between rows, Enter opens one.
 */
export function DocumentTable(props: DocumentTableProps) {
  const { documents, caption, sort, onSort, onOpen, focusDocumentId, onFocusRestored } = props;
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const [activeId, setActiveId] = useState<number | null>(null);
  const pendingFocusId = useRef<number | null>(null);

  const virtualizer = useWindowVirtualizer({
    count: documents.length,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: OVERSCAN_ROWS,
    scrollMargin,
    getItemKey: (index) => documents[index]?.id ?? index,
    // A row that is not laid out reports 0; counting it as 0 would make every row seem to fit on screen.
    measureElement: (row) => row.getBoundingClientRect().height || ESTIMATED_ROW_HEIGHT,
    // Scrolling to a row from an effect (restoring focus) would otherwise force a synchronous render inside React's own.
    useFlushSync: false,
  });

  // The rows start below the page header and filters; the virtualizer needs that offset within the page.
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const top = Math.round(pageTop(body));
    if (top !== scrollMargin) setScrollMargin(top);
  });

  function moveFocusTo(index: number) {
    const clamped = Math.max(0, Math.min(documents.length - 1, index));
    const target = documents[clamped];
    if (!target) return;
    setActiveId(target.id);
    pendingFocusId.current = target.id;
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
  }

  // Focus waits for the row to be drawn, which may take a render or two after scrolling to it.
  useEffect(() => {
    const id = pendingFocusId.current;
    if (id === null) return;
    const button = bodyRef.current?.querySelector<HTMLElement>(`tr[data-document-id="${id}"] .row-open`);
    if (!button) return;
    pendingFocusId.current = null;
    button.focus();
  });

  useEffect(() => {
    if (focusDocumentId === null) return;
    onFocusRestored();
    const index = documents.findIndex((summary) => summary.id === focusDocumentId);
    if (index < 0) return;
    setActiveId(focusDocumentId);
    pendingFocusId.current = focusDocumentId;
    virtualizer.scrollToIndex(index, { align: 'center' });
    // Only a new request to restore focus should move it, not every change of the list.
  }, [focusDocumentId]);

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const row = event.target instanceof Element ? event.target.closest<HTMLElement>('tr[data-index]') : null;
    if (!row) return;
    const index = Number(row.dataset.index);
    const targets: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + PAGE_STEP,
      PageUp: index - PAGE_STEP,
      Home: 0,
      End: documents.length - 1,
    };
    const target = targets[event.key];
    if (target === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    moveFocusTo(target);
  }

  const items = virtualizer.getVirtualItems();
  const firstItem = items[0];
  const lastItem = items.at(-1);
  const spaceAbove = firstItem ? firstItem.start - scrollMargin : 0;
  const spaceBelow = lastItem ? virtualizer.getTotalSize() - (lastItem.end - scrollMargin) : 0;
  const activeIsDrawn = items.some((item) => documents[item.index]?.id === activeId);
  const tabStopId = activeIsDrawn ? activeId : firstItem ? documents[firstItem.index]?.id : undefined;

  return (
    <table className="document-table" aria-rowcount={documents.length + 1}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <SortableHeaderRow columns={COLUMNS} sort={sort} onSort={onSort} ariaRowIndex={1} />
      </thead>
      <tbody ref={bodyRef} onKeyDown={onKeyDown}>
        {spaceAbove > 0 && <SpacerRow height={spaceAbove} />}
        {items.map((item) => {
          const summary = documents[item.index];
          if (!summary) return null;
          return (
            <tr
              key={summary.id}
              ref={virtualizer.measureElement}
              data-index={item.index}
              data-document-id={summary.id}
              aria-rowindex={item.index + 2}
              className="document-row"
              onClick={() => onOpen(summary)}
            >
              <td className="col-kind">
                <span className={`kind-badge kind-${summary.kind}`}>{kindLabel(summary.kind)}</span>
              </td>
              <th scope="row" className="col-title">
                {/* No handler of its own: its click (also from Enter or Space) reaches the row's. */}
                <button
                  type="button"
                  className="link-button row-open"
                  tabIndex={summary.id === tabStopId ? 0 : -1}
                  onFocus={() => setActiveId(summary.id)}
                >
                  {summary.title}
                </button>
                {summary.exempt && (
                  <span className="exempt-badge" title={EXEMPT_MARKING}>
                    EXEMPT
                  </span>
                )}
              </th>
              <td className="col-date">{formatDate(summary.date)}</td>
              <td className="col-committee">{summary.committee}</td>
              <td className="col-organisation">{summary.organisation}</td>
              <td className="col-pages">{summary.pageCount}</td>
            </tr>
          );
        })}
        {spaceBelow > 0 && <SpacerRow height={spaceBelow} />}
      </tbody>
    </table>
  );
}

/** Distance from the top of the page, whatever its scroll position. */
function pageTop(element: HTMLElement): number {
  let top = 0;
  for (let node: Element | null = element; node instanceof HTMLElement; node = node.offsetParent) top += node.offsetTop;
  return top;
}

function SpacerRow({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className="spacer-row">
      <td colSpan={COLUMNS.length} style={{ height }} />
    </tr>
  );
}
