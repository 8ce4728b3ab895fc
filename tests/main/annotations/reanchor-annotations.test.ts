import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reanchorAnnotations } from '../../../main/annotations/reanchor-annotations.ts';
import { listAnnotations, saveAnnotation } from '../../../main/db/annotations.ts';
import { openDatabase, type Db } from '../../../main/db/connection.ts';
import { insertDocument } from '../../../main/db/documents.ts';
import { newDocument } from '../../helpers/documents.ts';
import { annotation } from './fixtures.ts';

describe('reanchorAnnotations', () => {
  let db: Db;
  beforeEach(() => {
    db = openDatabase(':memory:');
  });
  afterEach(() => db.close());

  it('orphans a page note while its page is gone, and places it again when a later version has the page', () => {
    const documentId = insertDocument(db, newDocument({ pages: ['one', 'two', 'three'] }));
    saveAnnotation(db, annotation(documentId, { target: { type: 'page', pageIndex: 2 }, note: 'Ask about page 3' }));

    expect(reanchorAnnotations(db, documentId, ['one', 'two']).orphaned.map((a) => a.note)).toEqual(['Ask about page 3']);
    expect(listAnnotations(db, { documentId })[0]?.orphaned).toBe(true);

    expect(reanchorAnnotations(db, documentId, ['one', 'two', 'three again']).orphaned).toEqual([]);
    expect(listAnnotations(db, { documentId })[0]).toMatchObject({ orphaned: false, target: { type: 'page', pageIndex: 2 } });
  });
});
