/**
 * Indexes the common pairs (common-word-pairs.ts) of papers that were in the library before the index
 * existed, a few papers a step, in the background. New papers are indexed as they are stored, so once
 * nothing is left the index stays complete; until then phrase searches use the word index alone.
 */
import type { Db } from './connection.ts';
import { commonPairsText } from './common-word-pairs.ts';

/** About 50 ms of work a step for papers of twenty pages. */
const PAPERS_PER_STEP = 10;

/** Libraries known to have every paper in the common-pair index; a library never loses that. */
const complete = new WeakSet<Db>();

const unindexedPapers = (db: Db, limit: number) =>
  db
    .prepare(
      `SELECT d.id FROM documents d
       WHERE NOT EXISTS (SELECT 1 FROM document_pairs_fts_docsize s WHERE s.id = d.id) ORDER BY d.id LIMIT ?`,
    )
    .pluck()
    .all(limit) as number[];

/** Whether every paper is in the common-pair index, so phrase searches may rank by it. */
export function commonPairIndexComplete(db: Db): boolean {
  if (complete.has(db)) return true;
  if (unindexedPapers(db, 1).length > 0) return false;
  complete.add(db);
  return true;
}

/** Each step indexes a few more papers; the caller decides how steps are spaced. */
export function* commonPairBackfillSteps(db: Db): Generator<void> {
  const pageText = db.prepare('SELECT text FROM pages WHERE document_id = ? ORDER BY page_index').pluck();
  const insert = db.prepare('INSERT INTO document_pairs_fts (rowid, pairs) VALUES (?, ?)');
  for (;;) {
    const papers = unindexedPapers(db, PAPERS_PER_STEP);
    if (papers.length === 0) return;
    db.transaction(() => {
      for (const id of papers) insert.run(id, commonPairsText((pageText.all(id) as string[]).join('\n')));
    })();
    yield;
  }
}
