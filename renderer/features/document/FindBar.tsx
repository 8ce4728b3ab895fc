import { useEffect, useRef } from 'react';
import type { FindMatch } from './findMatches.ts';

interface FindBarProps {
  query: string;
  matches: readonly FindMatch[];
  current: number;
  onQueryChange: (query: string) => void;
  onStep: (direction: 1 | -1) => void;
  /** Highlights the current match: the keyboard way to highlight a passage without selecting it. */
  onHighlight: () => void;
  onClose: () => void;
}

export function FindBar({ query, matches, current, onQueryChange, onStep, onHighlight, onClose }: FindBarProps) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const match = matches[current];
  return (
    <search className="find-bar" aria-label="Find">
      <label htmlFor="find-in-document">Find in document</label>
      <input
        ref={input}
        id="find-in-document"
        type="search"
        value={query}
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onStep(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            onClose();
          }
        }}
      />
      <span className="find-count" role="status">
        {query.trim().length < 2
          ? ''
          : matches.length === 0
            ? 'No matches'
            : `${current + 1} of ${matches.length}${match ? `, page ${match.pageIndex + 1}` : ''}`}
      </span>
      <button type="button" onClick={() => onStep(-1)} disabled={matches.length === 0}>
        Previous
      </button>
      <button type="button" onClick={() => onStep(1)} disabled={matches.length === 0}>
        Next
      </button>
      <button type="button" onClick={onHighlight} disabled={!match}>
        Highlight this match
      </button>
      <button type="button" onClick={onClose}>
        Close find
      </button>
    </search>
  );
}
