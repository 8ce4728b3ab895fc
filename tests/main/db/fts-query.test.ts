import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../../main/db/fts-query.ts';

describe('toFtsQuery', () => {
  it('quotes every word so they must all match', () => {
    expect(toFtsQuery('spending gap')).toBe('"spending" "gap"');
  });

  it('keeps exact phrases and prefixes', () => {
    expect(toFtsQuery('"council tax" budg*')).toBe('"council tax" "budg"*');
  });

  it('turns punctuation that FTS5 would misread into harmless quoted text', () => {
    expect(toFtsQuery('S.106 -NEAR( col:x')).toBe('"S.106" "-NEAR(" "col:x"');
    expect(toFtsQuery('say "hi')).toBe('"say" "hi"');
  });

  it('supports OR between terms but not at either end', () => {
    expect(toFtsQuery('OR libraries OR museums OR')).toBe('"libraries" OR "museums"');
  });

  it('returns null when nothing searchable is left', () => {
    expect(toFtsQuery('   ')).toBeNull();
    expect(toFtsQuery('-- * ""')).toBeNull();
  });
});
