import { useId } from 'react';
import type { KindFilter } from './libraryQuery.ts';

const KIND_CHOICES: readonly { value: KindFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'report', label: 'Reports' },
  { value: 'article', label: 'Articles' },
];

interface LibraryFiltersProps {
  filterText: string;
  kind: KindFilter;
  onFilterTextChange: (text: string) => void;
  onKindChange: (kind: KindFilter) => void;
}

/** The filter box (narrows the list as you type) and the choice of reports, articles or both. */
export function LibraryFilters({ filterText, kind, onFilterTextChange, onKindChange }: LibraryFiltersProps) {
  const filterId = useId();
  const kindName = useId();
  return (
    <div className="library-filters">
      <div className="field">
        <label htmlFor={filterId}>Filter by title, committee, organisation or author</label>
        <input
          id={filterId}
          type="search"
          value={filterText}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => onFilterTextChange(event.target.value)}
        />
      </div>
      <fieldset className="kind-filter">
        <legend>Show</legend>
        {KIND_CHOICES.map((choice) => (
          <label key={choice.value} className="choice">
            <input
              type="radio"
              name={kindName}
              value={choice.value}
              checked={kind === choice.value}
              onChange={() => onKindChange(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
