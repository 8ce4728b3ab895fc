/** Migration 009: the common-pair index, filled in the background for a library that already holds papers. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../../main/db/connection.ts';
import { commonPairBackfillSteps, commonPairIndexComplete } from '../../../main/db/common-pair-backfill.ts';
import { deleteDocument, insertDocument } from '../../../main/db/documents.ts';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../main/db/migrations.ts';
import { searchLibrary } from '../../../main/db/search.ts';
import { insertDocumentAtVersion1, newDocument } from '../../helpers/documents.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';

describe('migration 009 (common-pair index)', () => {
  const tempDir = useTempDir();

  it('indexes the papers of a version-8 library in the background, searching phrases correctly meanwhile', () => {
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
    const phraseHits = () => searchLibrary(db, '"in the borough"').map((h) => h.documentId).sort();
    // Opening does not wait for the papers to be indexed, and phrases are still found.
    expect(commonPairIndexComplete(db)).toBe(false);
    expect(pairsHolding('in_the')).toEqual([]);
    expect(phraseHits()).toEqual([spread, other]);

    for (const _ of commonPairBackfillSteps(db));

    expect(commonPairIndexComplete(db)).toBe(true);
    // "in" ends page 1 and "the" opens page 2: pages are joined in order, as the word index joins them.
    expect(pairsHolding('in_the')).toEqual([spread, other]);
    expect(phraseHits()).toEqual([spread, other]);
    deleteDocument(db, other);
    expect(pairsHolding('in_the')).toEqual([spread]);
    db.close();
  });

  it('counts a library made since the index existed as complete from the start', () => {
    const db = openDatabase(':memory:');
    insertDocument(db, newDocument({ title: 'New', pages: ['Of the people.'] }));
    expect(commonPairIndexComplete(db)).toBe(true);
    db.close();
  });
});
