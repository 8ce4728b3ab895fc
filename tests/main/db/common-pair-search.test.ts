/** Migration 009: the common-pair index is filled for a library that already holds papers. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../../main/db/connection.ts';
import { deleteDocument } from '../../../main/db/documents.ts';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../main/db/migrations.ts';
import { searchLibrary } from '../../../main/db/search.ts';
import { insertDocumentAtVersion1, newDocument } from '../../helpers/documents.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';

describe('migration 009 (common-pair index)', () => {
  const tempDir = useTempDir();

  it('indexes the common pairs of each paper of a version-8 library, across its pages, and forgets deleted papers', () => {
    const file = path.join(tempDir(), 'v8.sqlite');
    const v8 = openDatabase(file, migrations.slice(0, 8));
    const spread = insertDocumentAtVersion1(v8, newDocument({ title: 'Spread', pages: ['Charges rose in', 'the borough.'] }));
    const other = insertDocumentAtVersion1(v8, newDocument({ title: 'Other', pages: ['In the borough, charges fell.'] }));
    insertDocumentAtVersion1(v8, newDocument({ title: 'Neither', pages: ['Borough charges.'] }));
    // Version 8 also kept each paper's whole text in the word index.
    v8.exec(`INSERT INTO document_text_fts (rowid, text)
             SELECT document_id, group_concat(text, char(10) ORDER BY page_index) FROM pages GROUP BY document_id`);
    v8.close();

    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    const pairsHolding = (token: string) =>
      db.prepare('SELECT rowid FROM document_pairs_fts WHERE document_pairs_fts MATCH ? ORDER BY rowid').pluck().all(`"${token}"`);
    // "in" ends page 1 and "the" opens page 2: pages are joined in order, as the word index joins them.
    expect(pairsHolding('in_the')).toEqual([spread, other]);
    expect(searchLibrary(db, '"in the borough"').map((h) => h.documentId).sort()).toEqual([spread, other]);

    deleteDocument(db, other);
    expect(pairsHolding('in_the')).toEqual([spread]);
    db.close();
  });
});
