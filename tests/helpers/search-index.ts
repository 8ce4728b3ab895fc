import type { Db } from '../../main/db/connection.ts';
import { insertDocument } from '../../main/db/documents.ts';
import { newDocument } from './documents.ts';

/** How many segments (b-trees) an FTS5 index is in: each has its own rows in the index's _idx table. */
export const segments = (db: Db, index: string) => db.prepare(`SELECT count(DISTINCT segid) FROM ${index}_idx`).pluck().get() as number;

/** Papers imported one at a time, as the app does: each write leaves the indexes another segment. */
export function addPapersOneByOne(db: Db, count: number, firstNumber = 0): void {
  for (let i = firstNumber; i < firstNumber + count; i++) {
    insertDocument(db, newDocument({ title: `Budget paper ${i}`, pages: [`Council budget gap ${i}.`, `Libraries and parks ${i}.`] }));
  }
}
