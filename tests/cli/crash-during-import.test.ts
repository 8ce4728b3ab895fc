/**
 * kill -9 in the middle of an import: the library must pass SQLite's integrity check, every document
 * it holds must be complete (all its pages, its original file), and importing the same folder again
 * must finish the job without duplicates.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../helpers/make-pdf.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { briefing, REPO_ROOT } from './run-briefing.ts';

describe('a crash during import', () => {
  const tempDir = useTempDir();

  it('leaves a consistent library that a second import completes', { timeout: 120_000 }, async () => {
    const folder = path.join(tempDir(), 'papers');
    fs.mkdirSync(folder);
    const FILES = 40;
    for (let i = 0; i < FILES; i++) {
      const pages = Array.from({ length: 6 }, (_, p) => `Paper ${i}, page ${p + 1}: the spending gap and reserves. `.repeat(40));
      fs.writeFileSync(path.join(folder, `paper-${String(i).padStart(2, '0')}.pdf`), await makePdf({ title: `Paper ${i}`, pages }));
    }
    const db = path.join(tempDir(), 'library.sqlite');

    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin', 'briefing.js'), 'import', '--db', db, '--json', folder], {
      stdio: 'ignore',
    });
    // Kill as soon as some documents are in, while others are still being written.
    const deadline = Date.now() + 60_000;
    let stored = 0;
    while (Date.now() < deadline && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 50));
      if (!fs.existsSync(db)) continue;
      try {
        const peek = new Database(db, { readonly: true, fileMustExist: true });
        stored = (peek.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
        peek.close();
      } catch {
        // The schema may not exist yet.
      }
      if (stored >= 5) break;
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(stored).toBeGreaterThanOrEqual(5);

    const check = new Database(db);
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    const incomplete = check
      .prepare(
        `SELECT d.id FROM documents d
         WHERE d.page_count != (SELECT count(*) FROM pages p WHERE p.document_id = d.id)
            OR NOT EXISTS (SELECT 1 FROM files f WHERE f.sha256 = d.file_sha256)`,
      )
      .all();
    expect(incomplete).toEqual([]);
    const before = (check.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    check.close();
    expect(before).toBeLessThan(FILES);

    const again = briefing(['import', '--db', db, '--json', folder]);
    expect(again.code).toBe(0);
    const outcomes = JSON.parse(again.stdout) as { status: string }[];
    expect(outcomes.filter((o) => o.status === 'duplicate')).toHaveLength(before);
    expect(outcomes.filter((o) => o.status === 'imported')).toHaveLength(FILES - before);
    const list = JSON.parse(briefing(['list', '--db', db, '--json']).stdout) as unknown[];
    expect(list).toHaveLength(FILES);
  });
});
