/**
 * Keeps each full-text index in one piece. FTS5 writes a new segment with every write transaction and
 * merges segments only now and then, so a library imported one paper at a time carries eight to twelve
 * segments per index, and every rowid lookup and snippet searches each of them. At 200,000 pages, placing
 * fifty two-word hits on their pages took 40-50 ms over eight segments and 5-15 ms over one.
 *
 * Merging is done in steps with FTS5's incremental 'merge' command, each a short write, so it can run
 * between other work; a step on an index already in one piece changes nothing and costs next to nothing.
 */
import type { Db } from './connection.ts';

const SEARCH_INDEXES = [
  'pages_fts',
  'document_text_fts',
  'document_pairs_fts',
  'documents_fts',
  'annotations_fts',
  'recommendations_fts',
] as const;
export type SearchIndex = (typeof SEARCH_INDEXES)[number];

/** About 25 ms of writing a step at council scale, short enough not to hold up a request behind it. */
const PAGES_PER_STEP = 250;

/**
 * Merges up to PAGES_PER_STEP pages of one index and says whether more remains. A negative count asks
 * FTS5 to merge segments of every level into one, as 'optimize' does, but a bounded amount at a time;
 * fewer than two changes means it found nothing left to do.
 */
export function mergeStep(db: Db, index: SearchIndex): boolean {
  const changes = db.prepare('SELECT total_changes()').pluck();
  const before = changes.get() as number;
  db.prepare(`INSERT INTO ${index} (${index}, rank) VALUES ('merge', ?)`).run(-PAGES_PER_STEP);
  return (changes.get() as number) - before >= 2;
}

/** Every step still to do, one at a time: the caller decides how they are spaced. */
export function* searchIndexMergeSteps(db: Db): Generator<void> {
  for (const index of SEARCH_INDEXES) {
    while (mergeStep(db, index)) yield;
  }
}

/** Merges every index into one piece now: for a command that writes and then exits. */
export function tidySearchIndexes(db: Db): void {
  for (const _ of searchIndexMergeSteps(db));
}
