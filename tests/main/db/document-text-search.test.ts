/** Migration 008: the document-level search index is filled for a library that already holds papers. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../../main/db/connection.ts';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../main/db/migrations.ts';
import { searchLibrary } from '../../../main/db/search.ts';
import { insertDocumentAtVersion1, newDocument } from '../../helpers/documents.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';

describe('migration 008 (document-level search index)', () => {
  const tempDir = useTempDir();

  it('indexes each paper of a version-7 library as a whole, in page order', () => {
    const file = path.join(tempDir(), 'v7.sqlite');
    const v7 = openDatabase(file, migrations.slice(0, 7));
    const spread = insertDocumentAtVersion1(v7, newDocument({ title: 'Spread', pages: ['Parking charges.', 'Nothing.', 'Cycle lanes.'] }));
    insertDocumentAtVersion1(v7, newDocument({ title: 'Parking only', pages: ['Parking charges alone.'] }));
    v7.close();

    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT count(*) FROM document_text_fts').pluck().get()).toBe(2);
    // Only a whole-document index holds both words of the first paper; pages hold one each.
    expect(searchLibrary(db, 'parking cycle')).toMatchObject([{ documentId: spread, pageIndex: 0 }]);
    // Pages joined in order: "charges" (page 1) is followed by "nothing" (page 2), never by "cycle".
    expect(db.prepare(`SELECT rowid FROM document_text_fts WHERE document_text_fts MATCH '"charges nothing"'`).pluck().all()).toEqual([spread]);
    db.close();
  });
});
