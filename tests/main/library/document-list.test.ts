import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../main/db/connection.ts';
import { insertDocument, setDocumentExempt } from '../../../main/db/documents.ts';
import { cachedDocumentList } from '../../../main/library/document-list.ts';
import { newDocument } from '../../helpers/documents.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';

describe('the cached library list', () => {
  const tempDir = useTempDir();
  let file: string;
  let db: Db;
  beforeEach(() => {
    file = path.join(tempDir(), 'library.sqlite');
    db = openDatabase(file);
    insertDocument(db, newDocument({ title: 'First' }));
  });
  afterEach(() => db.close());

  it('answers from the kept list while nothing has changed', () => {
    const list = cachedDocumentList(db);
    const first = list.get();
    expect(first.map((d) => d.title)).toEqual(['First']);
    expect(list.get()).toBe(first);
  });

  it('lists again after a write through the same connection', () => {
    const list = cachedDocumentList(db);
    const before = list.get();
    const id = insertDocument(db, newDocument({ title: 'Second', pages: ['other text'] }));
    expect(list.get().map((d) => d.title).sort()).toEqual(['First', 'Second']);
    setDocumentExempt(db, id, true);
    expect(list.get().find((d) => d.id === id)?.exempt).toBe(true);
    expect(list.get()).not.toBe(before);
  });

  it('lists again after another connection commits, as a restore or the command line would', () => {
    const list = cachedDocumentList(db);
    list.get();
    const other = new Database(file);
    other.prepare("UPDATE documents SET title = 'Renamed elsewhere'").run();
    other.close();
    expect(list.get().map((d) => d.title)).toEqual(['Renamed elsewhere']);
  });
});
