/** The annotations, backup and restore commands, run as a person would, on real library files. */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listAnnotations, saveAnnotation } from '../../main/db/annotations.ts';
import { openDatabase } from '../../main/db/connection.ts';
import { insertDocument } from '../../main/db/documents.ts';
import { newDocument } from '../helpers/documents.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { annotation, highlightOf } from '../main/annotations/fixtures.ts';
import { briefing } from './run-briefing.ts';

const PAGES = ['Finance.', 'The spending gap for libraries is £1.2m in 2026/27.'];

function makeLibrary(file: string): number {
  const db = openDatabase(file);
  const id = insertDocument(db, newDocument({ title: 'Budget report', pages: PAGES }));
  saveAnnotation(db, annotation(id, { target: highlightOf(PAGES, 'spending gap', 1), note: 'Ask about the gap', isQuestion: true }));
  saveAnnotation(db, annotation(id, { note: 'Whole report: read first', tags: ['finance'] }));
  db.close();
  return id;
}

describe('briefing annotations export', () => {
  const tempDir = useTempDir();

  it('prints Markdown by default and CSV on request, for everything or one document', () => {
    const lib = path.join(tempDir(), 'lib.sqlite');
    const id = makeLibrary(lib);
    const md = briefing(['annotations', 'export', '--db', lib]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('## Budget report');
    expect(md.stdout).toContain('- Page 2 (**Question**)\n  > spending gap\n  Ask about the gap');
    const csv = briefing(['annotations', 'export', '--db', lib, '--format', 'csv', '--document', String(id)]);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n').filter(Boolean)).toHaveLength(3);
  });

  it('explains wrong usage and unknown documents', () => {
    const lib = path.join(tempDir(), 'lib.sqlite');
    makeLibrary(lib);
    expect(briefing(['annotations', 'export', '--db', lib, '--format', 'pdf'])).toMatchObject({ code: 2 });
    const missing = briefing(['annotations', 'export', '--db', lib, '--document', '99']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Document 99 is not in the library');
  });
});

describe('briefing search over notes', () => {
  const tempDir = useTempDir();

  it('shows a match in a note as the member’s own, and --json says which annotation it was', () => {
    const lib = path.join(tempDir(), 'lib.sqlite');
    const id = makeLibrary(lib);
    const human = briefing(['search', '--db', lib, 'read', 'first']);
    expect(human.code).toBe(0);
    expect(human.stdout).toBe(`Budget report  (document ${id})\n    Your note: Whole report: **read** **first**\n`);
    expect(briefing(['search', '--db', lib, 'ask']).stdout).toContain('Your question: **Ask** about the gap');

    const json = JSON.parse(briefing(['search', '--db', lib, '--json', 'read', 'first']).stdout) as unknown[];
    expect(json).toMatchObject([
      { documentId: id, pageIndex: null, snippet: 'Whole report: **read** **first**', annotation: { isQuestion: false } },
    ]);
  });
});

describe('briefing backup and restore', () => {
  const tempDir = useTempDir();

  it('backs up the whole library and restores it, keeping a copy of the library it replaced', () => {
    const lib = path.join(tempDir(), 'lib.sqlite');
    makeLibrary(lib);
    const backup = path.join(tempDir(), 'backup.sqlite');
    expect(briefing(['backup', '--db', lib, backup])).toMatchObject({ code: 0 });

    const db = openDatabase(lib);
    db.prepare('DELETE FROM annotations').run();
    db.close();
    const restored = briefing(['restore', '--db', lib, backup]);
    expect(restored.code).toBe(0);
    const copy = /kept at (.+)\n/.exec(restored.stdout)?.[1] ?? '';
    expect(fs.existsSync(copy)).toBe(true);

    const after = openDatabase(lib);
    expect(listAnnotations(after).map((a) => a.note)).toEqual(['Whole report: read first', 'Ask about the gap']);
    after.close();
    const replaced = openDatabase(copy);
    expect(listAnnotations(replaced)).toEqual([]);
    replaced.close();
  });

  it('refuses files that are not a library it can use, leaving the library as it was', () => {
    const lib = path.join(tempDir(), 'lib.sqlite');
    makeLibrary(lib);
    const junk = path.join(tempDir(), 'junk.sqlite');
    fs.writeFileSync(junk, 'not a database at all, just some text that goes on for a while'.repeat(100));
    const foreign = path.join(tempDir(), 'foreign.sqlite');
    new Database(foreign).exec('CREATE TABLE contacts (name TEXT)');
    const newer = path.join(tempDir(), 'newer.sqlite');
    expect(briefing(['backup', '--db', lib, newer]).code).toBe(0);
    const newerDb = new Database(newer);
    newerDb.pragma('user_version = 999');
    newerDb.close();

    expect(briefing(['restore', '--db', lib, junk]).stderr).toMatch(/not an SQLite database|cannot be opened/);
    expect(briefing(['restore', '--db', lib, foreign]).stderr).toMatch(/not a Briefing Desk backup \(it has no files/);
    expect(briefing(['restore', '--db', lib, newer]).stderr).toMatch(/schema version 999/);
    expect(briefing(['restore', '--db', lib, path.join(tempDir(), 'absent.sqlite')]).stderr).toMatch(/does not exist/);
    const db = openDatabase(lib);
    expect(listAnnotations(db)).toHaveLength(2);
    db.close();
    expect(fs.readdirSync(tempDir()).filter((f) => f.includes('before-restore'))).toEqual([]);
  });
});
