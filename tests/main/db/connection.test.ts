import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../../main/db/connection.ts';
import { insertDocument } from '../../../main/db/documents.ts';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../main/db/migrations.ts';
import { searchLibrary } from '../../../main/db/search.ts';
import { insertDocumentAtVersion1, newDocument } from '../../helpers/documents.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';

describe('openDatabase', () => {
  const tempDir = useTempDir();

  it('creates a new library at the latest schema with WAL and foreign keys on', () => {
    const file = path.join(tempDir(), 'nested', 'library.sqlite');
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    expect(fs.existsSync(file)).toBe(true);
  });

  it('numbers migrations 1, 2, 3… with no gaps, so user_version always names the last applied', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('reopening an up-to-date library changes nothing', () => {
    const file = path.join(tempDir(), 'library.sqlite');
    const db = openDatabase(file);
    const id = insertDocument(db, newDocument());
    db.close();
    const again = openDatabase(file);
    expect(schemaVersion(again)).toBe(LATEST_SCHEMA_VERSION);
    expect(again.prepare('SELECT title FROM documents WHERE id = ?').get(id)).toEqual({ title: 'A report' });
    again.close();
  });

  it('refuses a library from a newer version with a clear message and leaves it untouched', () => {
    const file = path.join(tempDir(), 'future.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE from_the_future (x)');
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const before = fs.readFileSync(file);

    expect(() => openDatabase(file)).toThrow(/newer version of Briefing Desk.*has not been changed/s);

    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 5);
    expect(after.prepare("SELECT name FROM sqlite_schema WHERE name = 'documents'").get()).toBeUndefined();
    after.close();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not an SQLite database', () => {
    const file = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(file, 'these are my meeting notes, not a database'.repeat(200));
    expect(() => openDatabase(file)).toThrow(/is not a Briefing Desk library/);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^these are my meeting notes/);
  });
});

describe('migration 2 (full-text search)', () => {
  const tempDir = useTempDir();

  it('indexes what a version-1 library already holds', () => {
    const file = path.join(tempDir(), 'v1.sqlite');
    const v1 = openDatabase(file, migrations.slice(0, 1));
    expect(schemaVersion(v1)).toBe(1);
    insertDocumentAtVersion1(v1, newDocument({ title: 'Budget gap', pages: ['The spending gap is £14.2m this year.'] }));
    v1.close();

    const upgraded = openDatabase(file);
    expect(schemaVersion(upgraded)).toBe(LATEST_SCHEMA_VERSION);
    const hits = searchLibrary(upgraded, 'spending gap');
    expect(hits.map((h) => h.title)).toEqual(['Budget gap']);
    upgraded.close();
  });

  it('leaves the library at version 1, unchanged, when the migration fails half-way', () => {
    const file = path.join(tempDir(), 'v1.sqlite');
    openDatabase(file, migrations.slice(0, 1)).close();
    const broken = [...migrations.slice(0, 1), { version: 2, description: 'broken', sql: 'CREATE TABLE ok_so_far (x); SELECT no_such_function();' }];
    expect(() => openDatabase(file, broken)).toThrow();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'ok_so_far'").get()).toBeUndefined();
    db.close();
  });
});
