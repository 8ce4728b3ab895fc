import { useId, type Ref } from 'react';

interface SearchBoxProps {
  ref: Ref<HTMLInputElement>;
  query: string;
  onQueryChange: (query: string) => void;
}

/** Search across every paper in the library. Escape empties it, which returns to the library. */
export function SearchBox({ ref, query, onQueryChange }: SearchBoxProps) {
  const inputId = useId();
  const hintId = useId();
  return (
    <div className="search-box" role="search">
      <label htmlFor={inputId}>Search all papers</label>
      <input
        ref={ref}
        id={inputId}
        type="search"
        value={query}
        autoComplete="off"
        aria-describedby={hintId}
        aria-keyshortcuts="/ Control+K Meta+K"
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !query) return;
          // Handled here, so the document view's Escape (back) does not also fire.
          event.preventDefault();
          onQueryChange('');
        }}
      />
      <span id={hintId} className="hint">
        Press / or Ctrl+K to search
      </span>
    </div>
  );
}
