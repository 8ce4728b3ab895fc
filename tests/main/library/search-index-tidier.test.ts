import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { commonPairIndexComplete } from '../../../main/db/common-pair-backfill.ts';
import { openDatabase, type Db } from '../../../main/db/connection.ts';
import { openLibrary } from '../../../main/library/library.ts';
import { searchIndexTidier } from '../../../main/library/search-index-tidier.ts';
import { addPapersOneByOne, segments } from '../../helpers/search-index.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, ms = 3_000): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < ms; await pause(10)) if (condition()) return true;
  return condition();
}

describe('tidying the search indexes in the background', () => {
  const tempDir = useTempDir();
  const open: { close(): unknown }[] = [];
  afterEach(async () => {
    for (const handle of open.splice(0)) await handle.close();
  });
  const library = () => {
    const db = openDatabase(path.join(tempDir(), 'library.sqlite'));
    open.push(db);
    addPapersOneByOne(db, 12);
    return db;
  };

  it('merges every index into one piece, a step at a time, and can be stopped', async () => {
    const db = library();
    const tidier = searchIndexTidier(db);
    tidier.start();
    tidier.stop();
    await pause(50);
    expect(segments(db, 'pages_fts')).toBeGreaterThan(1);

    tidier.start();
    expect(await until(() => segments(db, 'pages_fts') === 1 && segments(db, 'document_text_fts') === 1)).toBe(true);
  });

  it('first indexes the common pairs of papers stored before that index existed', async () => {
    const db = library();
    // As a library upgraded to version 9 has them: papers, none of them in the common-pair index.
    for (const id of db.prepare('SELECT id FROM documents').pluck().all()) db.prepare('DELETE FROM document_pairs_fts WHERE rowid = ?').run(id);
    expect(commonPairIndexComplete(db)).toBe(false);

    const tidier = searchIndexTidier(db);
    tidier.start();
    expect(await until(() => commonPairIndexComplete(db))).toBe(true);
    expect(db.prepare(`SELECT count(*) FROM document_pairs_fts WHERE document_pairs_fts MATCH '"and_parks"'`).pluck().get()).toBe(12);
    tidier.stop();
  });

  it('waits for another process writing to the library, without blocking or failing, and then merges', async () => {
    const db = library();
    const otherProcess = new Database(db.name);
    open.push(otherProcess);
    otherProcess.exec('BEGIN IMMEDIATE');

    const tidier = searchIndexTidier(db);
    const started = performance.now();
    tidier.start();
    await pause(200);
    // The step gave up at once rather than waiting out the busy timeout.
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(segments(db, 'pages_fts')).toBeGreaterThan(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5_000);

    otherProcess.exec('COMMIT');
    expect(await until(() => segments(db, 'pages_fts') === 1)).toBe(true);
    tidier.stop();
  });

  it('is started by the library and stopped when the library closes', async () => {
    const file = path.join(tempDir(), 'opened.sqlite');
    const opened = openLibrary(file);
    addPapersOneByOne(opened.db, 12);
    opened.tidySearchIndexes();
    expect(await until(() => segments(opened.db, 'pages_fts') === 1)).toBe(true);

    addPapersOneByOne(opened.db, 12, 100);
    opened.tidySearchIndexes();
    await opened.close();
    await pause(50); // the step that was due must not run against the closed database
    const reopened = openDatabase(file);
    open.push(reopened);
    expect(segments(reopened, 'pages_fts')).toBeGreaterThan(1);
  });
});
