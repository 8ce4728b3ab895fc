import { useEffect, useState } from 'react';
import type { SearchHit } from '../../../shared/domain.ts';
import { call } from '../../lib/api.ts';
import { userMessage } from '../../lib/errors.ts';
import { useDebouncedValue } from '../../lib/useDebouncedValue.ts';

/** Enough to scan by eye; the footer says when there may be more. */
export const SEARCH_RESULT_LIMIT = 100;
/** Long enough to wait for a pause in typing, short enough to feel immediate. */
const TYPING_PAUSE_MS = 250;

export type SearchState =
  | { status: 'idle' }
  /** `hits` are the previous query's, kept on screen so the list does not flash empty while typing. */
  | { status: 'searching'; query: string; hits: SearchHit[] }
  | { status: 'done'; query: string; hits: SearchHit[] }
  | { status: 'failed'; query: string; message: string };

/** What main answered, and to which query and library revision. */
type Answer = { query: string; revision: number } & ({ hits: SearchHit[] } | { message: string });

/** Full-text search that waits for a pause in typing. A new `revision` (the library changed) asks again. */
export function useSearch(query: string, revision: number): SearchState {
  const wanted = query.trim();
  const settled = useDebouncedValue(wanted, TYPING_PAUSE_MS);
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (!settled) return;
    // A slower answer to an older query must not overwrite a newer one.
    let current = true;
    call('search:query', { query: settled, limit: SEARCH_RESULT_LIMIT }).then(
      (hits) => {
        if (current) setAnswer({ query: settled, revision, hits });
      },
      (error: unknown) => {
        if (current) setAnswer({ query: settled, revision, message: userMessage(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [settled, revision]);

  if (!wanted) return { status: 'idle' };
  const previousHits = answer && 'hits' in answer ? answer.hits : [];
  if (!answer || answer.query !== wanted || answer.revision !== revision) {
    return { status: 'searching', query: wanted, hits: previousHits };
  }
  if ('message' in answer) return { status: 'failed', query: wanted, message: answer.message };
  return { status: 'done', query: wanted, hits: answer.hits };
}
