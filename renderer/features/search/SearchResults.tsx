import { useEffect, useRef } from 'react';
import type { SearchHit } from '../../../shared/domain.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Snippet } from '../../components/Snippet.tsx';
import { formatDate, kindLabel, pageNumber } from '../../lib/format.ts';
import { SEARCH_RESULT_LIMIT, type SearchState } from './useSearch.ts';

interface SearchResultsProps {
  state: Exclude<SearchState, { status: 'idle' }>;
  onOpen: (hit: SearchHit) => void;
  /** A result to focus once, e.g. the one the reader has just come back from. */
  focusDocumentId: number | null;
  onFocusRestored: () => void;
}

function statusLine(state: SearchResultsProps['state']): string {
  const quoted = `“${state.query}”`;
  switch (state.status) {
    case 'searching':
      return `Searching for ${quoted}…`;
    case 'failed':
      return `The search for ${quoted} did not work.`;
    case 'done':
      if (state.hits.length === 0) return `No papers match ${quoted}.`;
      if (state.hits.length >= SEARCH_RESULT_LIMIT) return `The best ${state.hits.length} matches for ${quoted}.`;
      return `${state.hits.length} ${state.hits.length === 1 ? 'paper matches' : 'papers match'} ${quoted}.`;
  }
}

/** A match in the member's own annotation is labelled, so it is not mistaken for the paper's words. */
function annotationLabel(hit: SearchHit): string | undefined {
  if (!hit.annotation) return undefined;
  return hit.annotation.isQuestion ? 'Your question:' : 'Your note:';
}

export function SearchResults({ state, onOpen, focusDocumentId, onFocusRestored }: SearchResultsProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const hits = state.status === 'failed' ? [] : state.hits;

  useEffect(() => {
    if (focusDocumentId === null) return;
    onFocusRestored();
    listRef.current?.querySelector<HTMLElement>(`[data-document-id="${focusDocumentId}"] .result-open`)?.focus();
  }, [focusDocumentId]);

  return (
    <section className="search-results" aria-labelledby="search-heading">
      <h2 id="search-heading">Search results</h2>
      <p className="result-count" role="status">
        {statusLine(state)}
      </p>
      {state.status === 'failed' && <ErrorBanner message={state.message} />}
      {state.status === 'done' && hits.length === 0 && (
        <p>Check the spelling, or try fewer or different words. Empty the search box to go back to the library.</p>
      )}
      {hits.length > 0 && (
        <ol ref={listRef} className={state.status === 'searching' ? 'results results-stale' : 'results'}>
          {hits.map((hit, index) => (
            <li
              key={`${index}:${hit.documentId}`}
              data-document-id={hit.documentId}
              className="result"
              onClick={() => onOpen(hit)}
            >
              <h3>
                {/* No handler of its own: its click (also from Enter or Space) reaches the item's. */}
                <button type="button" className="result-open">
                  {hit.title}
                </button>
              </h3>
              <p className="result-meta">
                {[
                  kindLabel(hit.kind),
                  formatDate(hit.date),
                  hit.committee,
                  hit.pageIndex === null ? null : `p. ${pageNumber(hit.pageIndex)}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              <Snippet snippet={hit.snippet} label={annotationLabel(hit)} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
