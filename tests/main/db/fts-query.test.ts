import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../../main/db/fts-query.ts';

describe('toFtsQuery', () => {
  it('quotes every word so they must all match', () => {
    expect(toFtsQuery('spending gap')).toBe('"spending" AND "gap"');
  });

  it('keeps exact phrases and prefixes', () => {
    expect(toFtsQuery('"council tax" budg*')).toBe('"council tax" AND "budg"*');
    // A prefix can stand for a bracketed group of words; it is joined to the rest by a written AND.
    expect(toFtsQuery('hous* OR flats council', () => '("hous" OR "house")')).toBe('("hous" OR "house") OR "flats" AND "council"');
  });

  it('turns punctuation that FTS5 would misread into harmless quoted text', () => {
    expect(toFtsQuery('S.106 -NEAR( col:x')).toBe('"S.106" AND "-NEAR(" AND "col:x"');
    expect(toFtsQuery('say "hi')).toBe('"say" AND "hi"');
  });

  it('supports OR between terms but not at either end', () => {
    expect(toFtsQuery('OR libraries OR museums OR')).toBe('"libraries" OR "museums"');
  });

  it('returns null when nothing searchable is left', () => {
    expect(toFtsQuery('   ')).toBeNull();
    expect(toFtsQuery('-- * ""')).toBeNull();
  });
});
