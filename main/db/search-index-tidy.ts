/**
 * Keeps each full-text index in few pieces. FTS5 writes a new segment with every write transaction and
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
 * How much of an index may lie outside its largest segment before the whole index is merged into one.
 * Merging everything rewrites the index (3-4 s at 200,000 pages), too much to do for every paper added;
 * below this share only the small segments are merged with each other.
 */
const OUTSIDE_LARGEST_SHARE = 0.1;

type MergeKind = 'all' | 'small';

/**
 * Merges up to PAGES_PER_STEP pages of one index and says whether more remains. 'all' passes a negative
 * count, which makes FTS5 merge segments of every level into one, as 'optimize' does, a bounded amount at
 * a time; 'small' merges segments of the same level, two at a time (usermerge 2), which leaves the largest
 * alone. Fewer than two changes means FTS5 found nothing left to do.
 */
export function mergeStep(db: Db, index: SearchIndex, kind: MergeKind = 'all'): boolean {
  const changes = db.prepare('SELECT total_changes()').pluck();
  const before = changes.get() as number;
  db.prepare(`INSERT INTO ${index} (${index}, rank) VALUES ('merge', ?)`).run(kind === 'all' ? -PAGES_PER_STEP : PAGES_PER_STEP);
  return (changes.get() as number) - before >= 2;
}

/** Which merge an index needs, judged by its segments' sizes (rows in its _idx table, about one a leaf page). */
function mergeNeeded(db: Db, index: SearchIndex): MergeKind | null {
  const sizes = db.prepare(`SELECT count(*) FROM ${index}_idx GROUP BY segid`).pluck().all() as number[];
  if (sizes.length <= 1) return null;
  const largest = Math.max(...sizes);
  const outside = sizes.reduce((sum, size) => sum + size, 0) - largest;
  return outside > largest * OUTSIDE_LARGEST_SHARE ? 'all' : 'small';
}

/** Every step still to do, one at a time: the caller decides how they are spaced. */
export function* searchIndexMergeSteps(db: Db): Generator<void> {
  for (const index of SEARCH_INDEXES) {
    const kind = mergeNeeded(db, index);
    if (kind === null) continue;
    if (kind === 'small') db.prepare(`INSERT INTO ${index} (${index}, rank) VALUES ('usermerge', 2)`).run();
    while (mergeStep(db, index, kind)) yield;
  }
}

/** Merges what needs merging now: for a command that writes and then exits. */
export function tidySearchIndexes(db: Db): void {
  for (const _ of searchIndexMergeSteps(db));
}
