/**
 * Full disks and read-only libraries, provoked for real: tests run as root, so file modes do not stop
 * them; SQLite's page limit fills the "disk" exactly as far as SQLite can tell, a read-only connection
 * refuses writes, and where the file system allows it the immutable attribute makes a library
 * read-only even for root.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/connection.ts';
import { storageProblem } from '../../../main/db/storage-errors.ts';
import { importSources } from '../../../main/library/import-service.ts';
import { openLibrary } from '../../../main/library/library.ts';
import { ParsePool } from '../../../main/library/parse-pool.ts';
import { makePdf } from '../../helpers/make-pdf.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

/** Sets or clears the immutable attribute; false where the file system has no such thing (tmpfs, overlay). */
function setImmutable(file: string, on: boolean): boolean {
  try {
    execFileSync('chattr', [on ? '+i' : '-i', file], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('storageProblem', () => {
  const tempDir = useTempDir();

  it('puts SQLite’s full, read-only, cannot-open and busy failures into plain words', () => {
    const file = path.join(tempDir(), 'plain.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE t (x)');
    db.pragma('max_page_count = 3');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    expect(storageProblem(thrownBy(() => { for (let i = 0; i < 100; i++) insert.run('x'.repeat(5000)); }))).toBe('the disk is full');
    db.pragma('max_page_count = 1000000');

    const reader = new Database(file, { readonly: true });
    expect(storageProblem(thrownBy(() => reader.exec('INSERT INTO t VALUES (1)')))).toBe(
      'it cannot be written to: the file or its folder is read-only',
    );
    reader.close();

    expect(storageProblem(thrownBy(() => new Database(tempDir())))).toBe(
      'the file cannot be opened or created: its folder may be read-only or missing',
    );

    const other = new Database(file, { timeout: 0 });
    db.exec('BEGIN IMMEDIATE');
    expect(storageProblem(thrownBy(() => other.exec('BEGIN IMMEDIATE')))).toBe(
      'another program is using the library; close it or try again in a moment',
    );
    db.exec('ROLLBACK');
    other.close();
    db.close();

    expect(storageProblem(new Error('something else'))).toBeNull();
  });
});

describe('opening a library that cannot be written', () => {
  const tempDir = useTempDir();

  it('names the path and the reason when the library is a folder', () => {
    const folder = path.join(tempDir(), 'library.sqlite');
    fs.mkdirSync(folder);
    expect(() => openDatabase(folder)).toThrow(
      `Cannot open the library ${folder}: the file cannot be opened or created: its folder may be read-only or missing.`,
    );
  });

  it('names the path and the reason when its folder cannot be made', () => {
    const blocker = path.join(tempDir(), 'papers');
    fs.writeFileSync(blocker, 'a file where a folder should be');
    const file = path.join(blocker, 'library.sqlite');
    expect(() => openDatabase(file)).toThrow(`Cannot open the library ${file}: part of its path is a file, not a folder.`);
  });

  it('names the path and says it is read-only when the file cannot be written', (context) => {
    const file = path.join(tempDir(), 'library.sqlite');
    openDatabase(file).close();
    // A library last closed cleanly has no WAL; opening it must switch to WAL, which is a write.
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    db.close();
    if (!setImmutable(file, true)) return context.skip('this file system cannot make a file read-only for root');
    try {
      expect(() => openDatabase(file)).toThrow(
        `Cannot open the library ${file}: it cannot be written to: the file or its folder is read-only.`,
      );
    } finally {
      setImmutable(file, false);
    }
  });
});

describe('importing when the disk fills up', () => {
  const tempDir = useTempDir();
  const pool = new ParsePool(1);
  afterAll(() => pool.close());

  it('reports the file as failed because the disk is full, stores nothing of it, and imports it once there is room', async () => {
    const library = openLibrary(path.join(tempDir(), 'library.sqlite'));
    const paragraph = 'The council’s reserves fell below the level the section 151 officer advised. '.repeat(40);
    const pdf = await makePdf({ title: 'Budget Monitoring Report', pages: Array.from({ length: 12 }, () => paragraph) });
    const source = { name: 'budget.pdf', read: async () => pdf };
    const tables = ['files', 'documents', 'pages', 'sections'];
    const counts = () => tables.map((table) => (library.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
    const before = counts();

    // Room for a few more pages of the database and no more: the original file alone needs far more.
    const used = library.db.pragma('page_count', { simple: true }) as number;
    library.db.pragma(`max_page_count = ${used + 4}`);
    const [full] = await importSources(library.db, pool, [source]);
    expect(full).toEqual({ file: 'budget.pdf', status: 'failed', error: 'could not be stored: the disk is full' });
    expect(counts()).toEqual(before);
    expect(library.db.pragma('integrity_check', { simple: true })).toBe('ok');

    library.db.pragma('max_page_count = 1073741823');
    const [retried] = await importSources(library.db, pool, [source]);
    expect(retried?.status).toBe('imported');
    await library.close();
  });
});
