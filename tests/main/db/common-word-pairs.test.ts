import { describe, expect, it } from 'vitest';
import { commonPairsQuery, commonPairsText, wordsOf } from '../../../main/db/common-word-pairs.ts';

describe('common word pairs', () => {
  it('writes each pair that includes a common word, the common word first', () => {
    expect(commonPairsText('The cost of the scheme rose.')).toBe('the_cost of__cost of_the the_scheme');
    expect(commonPairsText('Parking charges rose sharply')).toBe('');
  });

  it('finds words as the search index does: folded case, digits, and private-use symbols between words', () => {
    expect(wordsOf('Section 106 — “Café” £1.2m')).toEqual(['section', '106', 'café', '1', '2m']);
    // A symbol font's bullet (U+F0B7) is a word to the index, so "units" and "the" are not neighbours.
    expect(commonPairsText('Sized units \uF0B7 The quality')).toBe('the__\uF0B7 the_quality');
  });

  it('turns a phrase into the query for its pairs, exact only for two words', () => {
    expect(commonPairsQuery('of the')).toEqual({ query: '"of_the"', exact: true });
    expect(commonPairsQuery('units the')).toEqual({ query: '"the__units"', exact: true });
    expect(commonPairsQuery('cost of living crisis')).toEqual({ query: '"of__cost" "of_living"', exact: false });
    expect(commonPairsQuery('planning application')).toBeNull();
    expect(commonPairsQuery('council')).toBeNull();
  });
});
