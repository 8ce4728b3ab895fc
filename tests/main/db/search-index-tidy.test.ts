import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../main/db/connection.ts';
import { insertDocument } from '../../../main/db/documents.ts';
import { mergeStep, tidySearchIndexes } from '../../../main/db/search-index-tidy.ts';
import { searchLibrary } from '../../../main/db/search.ts';
import { newDocument } from '../../helpers/documents.ts';
import { addPapersOneByOne, segments } from '../../helpers/search-index.ts';

describe('tidying the search indexes', () => {
  let db: Db;
  beforeEach(() => {
    db = openDatabase(':memory:');
  });
  afterEach(() => db.close());

  it('merges each index into one segment and finds exactly what it found before', () => {
    addPapersOneByOne(db, 12);
    expect(segments(db, 'pages_fts')).toBeGreaterThan(4);
    expect(segments(db, 'document_text_fts')).toBeGreaterThan(4);
    const before = ['budget', '"budget gap"', 'libr*', 'parks council'].map((q) => searchLibrary(db, q));

    tidySearchIndexes(db);

    for (const index of ['pages_fts', 'document_text_fts', 'documents_fts']) expect(segments(db, index), index).toBe(1);
    expect(['budget', '"budget gap"', 'libr*', 'parks council'].map((q) => searchLibrary(db, q))).toEqual(before);
  });

  it('does nothing, and says so, once an index is in one piece', () => {
    addPapersOneByOne(db, 6);
    tidySearchIndexes(db);
    const data = () => db.prepare('SELECT id, block FROM pages_fts_data ORDER BY id').all();
    const before = data();
    expect(mergeStep(db, 'pages_fts')).toBe(false);
    expect(data()).toEqual(before);
  });

  it('merges a large index over several bounded steps', () => {
    // Words found nowhere else make an index of many pages (a step merges at most a few hundred).
    for (let i = 0; i < 30; i++) {
      const pages = Array.from({ length: 30 }, (_, p) => Array.from({ length: 300 }, (_, w) => `w${i}x${p}x${w}`).join(' '));
      insertDocument(db, newDocument({ title: `Paper ${i}`, pages }));
    }
    let steps = 0;
    while (mergeStep(db, 'pages_fts')) steps++;
    expect(steps).toBeGreaterThan(1);
    expect(segments(db, 'pages_fts')).toBe(1);
  });

  it('after a few papers are added to a large merged index, merges only the new pieces', () => {
    for (let i = 0; i < 30; i++) {
      const pages = Array.from({ length: 30 }, (_, p) => Array.from({ length: 300 }, (_, w) => `w${i}x${p}x${w}`).join(' '));
      insertDocument(db, newDocument({ title: `Paper ${i}`, pages }));
    }
    tidySearchIndexes(db);
    const largest = () => db.prepare('SELECT segid FROM pages_fts_idx GROUP BY segid ORDER BY count(*) DESC LIMIT 1').pluck().get();
    const merged = largest();

    addPapersOneByOne(db, 14, 100);
    expect(segments(db, 'pages_fts')).toBeGreaterThan(2);
    tidySearchIndexes(db);

    // The large segment was not rewritten (it keeps its id); the new papers' pieces were merged together.
    expect(largest()).toBe(merged);
    expect(segments(db, 'pages_fts')).toBeLessThanOrEqual(3);
    expect(searchLibrary(db, 'budget').length).toBe(14);
  });
});

