import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../main/db/connection.ts';
import {
  deleteDocument,
  findDocumentIdBySha256,
  getDocument,
  getOriginalBytes,
  insertDocument,
  listDocuments,
} from '../../../main/db/documents.ts';
import { newDocument } from '../../helpers/documents.ts';

describe('document repository', () => {
  let db: Db;
  beforeEach(() => {
    db = openDatabase(':memory:');
  });
  afterEach(() => db.close());

  it('stores the original bytes exactly and finds the document by their sha256', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const doc = newDocument({ bytes, sha256: 'a'.repeat(64) });
    const id = insertDocument(db, doc);
    expect(findDocumentIdBySha256(db, 'a'.repeat(64))).toBe(id);
    expect(Buffer.from(getOriginalBytes(db, id) as Uint8Array).equals(Buffer.from(bytes))).toBe(true);
  });

  it('returns the full detail: metadata, pages in order, sections and recommendations', () => {
    const id = insertDocument(
      db,
      newDocument({
        pages: ['one', 'two', 'three'],
        sections: [
          { heading: 'Purpose of Report', pageIndex: 0 },
          { heading: 'Recommendations', pageIndex: 1 },
        ],
        recommendations: [{ text: 'Cabinet is asked to note the report.', pageIndex: 1 }],
      }),
    );
    const detail = getDocument(db, id);
    expect(detail).toMatchObject({
      id,
      title: 'A report',
      committee: 'Cabinet',
      pageCount: 3,
      pages: [
        { pageIndex: 0, text: 'one' },
        { pageIndex: 1, text: 'two' },
        { pageIndex: 2, text: 'three' },
      ],
      sections: [
        { heading: 'Purpose of Report', pageIndex: 0 },
        { heading: 'Recommendations', pageIndex: 1 },
      ],
      recommendations: [{ text: 'Cabinet is asked to note the report.', pageIndex: 1 }],
    });
    expect(getDocument(db, 999)).toBeNull();
  });

  it('stores nothing at all when any part of the document fails', () => {
    const doc = newDocument({ sections: [{ heading: 'x', pageIndex: 0 }] });
    // A duplicate ordinal is impossible through the API; a NOT NULL breach stands in for a failure mid-insert.
    (doc.recommendations as unknown[]).push({ text: null, pageIndex: 0 });
    expect(() => insertDocument(db, doc)).toThrow();
    expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM pages').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM files').get()).toEqual({ n: 0 });
  });

  it('lists newest first, undated last', () => {
    insertDocument(db, newDocument({ title: 'Old', date: '2019-05-20' }));
    insertDocument(db, newDocument({ title: 'Undated', date: null }));
    insertDocument(db, newDocument({ title: 'New', date: '2026-03-11' }));
    expect(listDocuments(db).map((d) => d.title)).toEqual(['New', 'Old', 'Undated']);
  });

  it('lists papers of the same date with numbers in their titles in number order, as the library shows them', () => {
    // SQLite's own text order puts "Item 10" before "Item 9"; the interface trusts this list's order.
    for (const title of ['Item 10', 'item 9', 'Item 11']) insertDocument(db, newDocument({ title, date: '2024-03-01' }));
    expect(listDocuments(db).map((d) => d.title)).toEqual(['item 9', 'Item 10', 'Item 11']);
  });

  it('deletes a document with its pages and its original file', () => {
    const id = insertDocument(db, newDocument());
    expect(deleteDocument(db, id)).toBe(true);
    expect(getDocument(db, id)).toBeNull();
    expect(db.prepare('SELECT count(*) AS n FROM pages').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM files').get()).toEqual({ n: 0 });
    expect(deleteDocument(db, id)).toBe(false);
  });
});
