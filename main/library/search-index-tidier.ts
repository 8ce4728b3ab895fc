/**
 * Keeps the search indexes in order in the background of a long-running library (the app, browser mode):
 * first indexing papers the common-pair index lacks (a library from before it existed), then merging each
 * index's pieces. One step per turn of the event loop, so requests are answered between steps. A step
 * never waits for another process's write (the CLI importing into the same library): it tries again a
 * second later.
 */
import { commonPairBackfillSteps } from '../db/common-pair-backfill.ts';
import type { Db } from '../db/connection.ts';
import { searchIndexMergeSteps } from '../db/search-index-tidy.ts';

function* upkeepSteps(db: Db): Generator<void> {
  yield* commonPairBackfillSteps(db);
  yield* searchIndexMergeSteps(db);
}

const RETRY_WHEN_BUSY_MS = 1_000;

export interface SearchIndexTidier {
  /** Starts merging, or starts over if it is already running (new writes may have added segments). */
  start(): void;
  stop(): void;
}

export function searchIndexTidier(db: Db): SearchIndexTidier {
  let steps: Generator<void> | null = null;
  let timer: NodeJS.Timeout | null = null;

  const schedule = (delay: number) => {
    timer = setTimeout(runStep, delay);
    // Unfinished merging must not keep a process alive; it resumes the next time the library opens.
    timer.unref();
  };
  const runStep = () => {
    timer = null;
    if (!steps || !db.open) return;
    const waitForLocks = db.pragma('busy_timeout', { simple: true }) as number;
    db.pragma('busy_timeout = 0');
    try {
      if (steps.next().done) steps = null;
      else schedule(0);
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (!code.startsWith('SQLITE_BUSY') && !code.startsWith('SQLITE_LOCKED')) {
        // Merging only speeds searches up; a library that cannot be merged still works.
        console.warn(`Warning: the search index could not be tidied: ${(error as Error).message}`);
        steps = null;
        return;
      }
      steps = upkeepSteps(db);
      schedule(RETRY_WHEN_BUSY_MS);
    } finally {
      if (db.open) db.pragma(`busy_timeout = ${waitForLocks}`);
    }
  };

  return {
    start() {
      steps = upkeepSteps(db);
      if (!timer) schedule(0);
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
      steps = null;
    },
  };
}
