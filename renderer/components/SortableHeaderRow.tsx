/** A table's header row whose sortable columns are buttons, with aria-sort on the sorted one. */
export interface HeaderColumn<Key extends string> {
  label: string;
  /** null for a column that cannot be sorted. */
  sortKey: Key | null;
  className: string;
}

export interface ColumnSort<Key extends string> {
  key: Key;
  direction: 'ascending' | 'descending';
}

/** Clicking the sorted column reverses it; a new column starts the way people expect: dates newest first, the rest A to Z. */
export function nextColumnSort<Key extends string>(current: ColumnSort<Key>, key: Key): ColumnSort<Key> {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'date' ? 'descending' : 'ascending' };
}

interface SortableHeaderRowProps<Key extends string> {
  columns: readonly HeaderColumn<Key>[];
  sort: ColumnSort<Key>;
  onSort: (key: Key) => void;
  /** For virtualised tables that declare aria-rowcount: the header is row 1. */
  ariaRowIndex?: number;
}

export function SortableHeaderRow<Key extends string>({ columns, sort, onSort, ariaRowIndex }: SortableHeaderRowProps<Key>) {
  return (
    <tr aria-rowindex={ariaRowIndex}>
      {columns.map((column) => {
        const sortKey = column.sortKey;
        const sorted = sortKey !== null && sortKey === sort.key;
        return (
          <th key={column.label} scope="col" className={column.className} aria-sort={sorted ? sort.direction : undefined}>
            {sortKey === null ? (
              column.label
            ) : (
              <button type="button" className="sort-button" onClick={() => onSort(sortKey)}>
                {column.label}
                <span className="sort-indicator" aria-hidden="true">
                  {sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                </span>
              </button>
            )}
          </th>
        );
      })}
    </tr>
  );
}
