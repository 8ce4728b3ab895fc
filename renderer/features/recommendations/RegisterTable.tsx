import type { KeyboardEvent } from 'react';
import { STATUS_LABELS, type RegisterEntry, type RegisterSort, type RegisterSortKey } from '../../../shared/recommendations.ts';
import { isOverdue } from '../../../shared/register-query.ts';
import { formatDate, pageNumber } from '../../lib/format.ts';
import { SortableHeaderRow, type HeaderColumn } from '../../components/SortableHeaderRow.tsx';

const COLUMNS: readonly HeaderColumn<RegisterSortKey>[] = [
  { label: 'Report', sortKey: 'report', className: 'col-report' },
  { label: 'Date', sortKey: 'date', className: 'col-date' },
  { label: 'No.', sortKey: null, className: 'col-number' },
  { label: 'Recommendation', sortKey: null, className: 'col-recommendation' },
  { label: 'Status', sortKey: 'status', className: 'col-status' },
  { label: 'Owner', sortKey: 'owner', className: 'col-owner' },
  { label: 'Due', sortKey: 'dueDate', className: 'col-due' },
];

interface RegisterTableProps {
  entries: readonly RegisterEntry[];
  caption: string;
  sort: RegisterSort;
  today: string;
  selectedId: number | null;
  onSort: (key: RegisterSortKey) => void;
  onSelect: (entry: RegisterEntry) => void;
  onOpen: (entry: RegisterEntry) => void;
}

/**
 * The register as a table. Each row's recommendation is a button that opens it for editing; its report
 * link opens the report at the recommendation's page. Up and Down move between rows' buttons.
 */
export function RegisterTable({ entries, caption, sort, today, selectedId, onSort, onSelect, onOpen }: RegisterTableProps) {
  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const row = event.target instanceof Element ? event.target.closest('tr') : null;
    const next = event.key === 'ArrowDown' ? row?.nextElementSibling : row?.previousElementSibling;
    const button = next?.querySelector<HTMLElement>('.row-edit');
    if (!button) return;
    event.preventDefault();
    button.focus();
  }

  return (
    <table className="register-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <SortableHeaderRow columns={COLUMNS} sort={sort} onSort={onSort} />
      </thead>
      <tbody onKeyDown={onKeyDown}>
        {entries.map((entry) => {
          const overdue = isOverdue(entry, today);
          return (
            <tr key={entry.id} data-recommendation-id={entry.id} className={entry.id === selectedId ? 'selected' : undefined}>
              <td className="col-report">
                <button type="button" className="link-button" onClick={() => onOpen(entry)}>
                  {entry.documentTitle}
                </button>
                <span className="register-meta">
                  {[entry.committee, entry.pageIndex === null ? null : `p. ${pageNumber(entry.pageIndex)}`].filter(Boolean).join(' · ')}
                </span>
              </td>
              <td className="col-date">{formatDate(entry.documentDate)}</td>
              <td className="col-number">{entry.number}</td>
              <th scope="row" className="col-recommendation">
                <button type="button" className="row-edit" aria-expanded={entry.id === selectedId} onClick={() => onSelect(entry)}>
                  {entry.text}
                </button>
              </th>
              <td className="col-status">
                <span className={`status-badge status-${entry.status}`}>{STATUS_LABELS[entry.status]}</span>
              </td>
              <td className="col-owner">{entry.owner}</td>
              <td className="col-due">
                {formatDate(entry.dueDate)}
                {overdue && <span className="overdue-badge">Overdue</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
