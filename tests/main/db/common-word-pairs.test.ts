import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { COMMON_WORD_STEMS, commonPairsQuery, commonPairsText, wordsOf } from '../../../main/db/common-word-pairs.ts';

describe('common word pairs', () => {
  it('writes each pair that includes a common word, the common word first, as its stem', () => {
    expect(commonPairsText('The cost of the scheme rose.')).toBe('the_cost of__cost of_the the_scheme');
    expect(commonPairsText('Being considered; using the')).toBe('be_considered us__considered us_the');
    expect(commonPairsText('Parking charges rose sharply')).toBe('');
  });

  it('finds words as the search index does: folded case, digits, and private-use symbols between words', () => {
    expect(wordsOf('Section 106 — “Café” £1.2m')).toEqual(['section', '106', 'café', '1', '2m']);
    // A symbol font's bullet (U+F0B7) is a word to the index, so "units" and "the" are not neighbours.
    expect(commonPairsText('Sized units \uF0B7 The quality')).toBe('the__\uF0B7 the_quality');
  });

  it('turns a phrase into the query for all its pairs, or none when it has no common word', () => {
    expect(commonPairsQuery('of the')).toBe('"of_the"');
    expect(commonPairsQuery('units the')).toBe('"the__units"');
    expect(commonPairsQuery('cost of living crisis')).toBe('"of__cost" "of_living"');
    expect(commonPairsQuery('planning application')).toBeNull();
    expect(commonPairsQuery('council')).toBeNull();
  });

  it('gives each common word the stem the search index gives it', () => {
    const db = new Database(':memory:');
    db.exec(`CREATE VIRTUAL TABLE probe USING fts5(word, tokenize = 'porter unicode61 remove_diacritics 2');
             CREATE VIRTUAL TABLE probe_terms USING fts5vocab(probe, instance);`);
    const words = [...COMMON_WORD_STEMS.keys()];
    const insert = db.prepare('INSERT INTO probe (rowid, word) VALUES (?, ?)');
    words.forEach((word, i) => insert.run(i + 1, word));
    const stems = new Map((db.prepare('SELECT doc, term FROM probe_terms').all() as { doc: number; term: string }[]).map((r) => [r.doc, r.term]));
    expect(words.map((word, i) => [word, stems.get(i + 1)])).toEqual(words.map((word) => [word, COMMON_WORD_STEMS.get(word)]));
    db.close();
  });
});
