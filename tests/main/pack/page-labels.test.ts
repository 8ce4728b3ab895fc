import { describe, expect, it } from 'vitest';
import { assignLabels } from '../../../main/pack/plan.ts';

/** The previous edition's labels, keyed by page key. */
const edition = (keys: string[], labels: string[]) => new Map(keys.map((key, i) => [key, labels[i] as string]));

describe('pack page numbers across editions', () => {
  it('numbers a first edition 1, 2, 3', () => {
    expect(assignLabels(['a', 'b', 'c'], null)).toEqual(['1', '2', '3']);
  });

  it('letters new pages after the page before them, and keeps every other number', () => {
    const first = edition(['p1', 'p2', 'p3'], ['1', '2', '3']);
    expect(assignLabels(['p1', 'p2', 'new1', 'new2', 'p3'], first)).toEqual(['1', '2', '2a', '2b', '3']);
    expect(assignLabels(['new0', 'p1', 'p3'], first)).toEqual(['0a', '1', '3']);
  });

  it('keeps lettered numbers in a third edition, even when the page before them has gone', () => {
    const second = edition(['p1', 'p2', 's1', 's2', 'p3'], ['1', '2', '2a', '2b', '3']);
    expect(assignLabels(['p1', 'p2', 's1', 's2', 'p3'], second)).toEqual(['1', '2', '2a', '2b', '3']);
    expect(assignLabels(['p1', 's1', 's2', 'p3'], second)).toEqual(['1', '2a', '2b', '3']);
    expect(assignLabels(['p1', 'p2', 's1', 's2', 'late', 'p3'], second)).toEqual(['1', '2', '2a', '2b', '2c', '3']);
  });

  it('letters again the pages after a new page that lands just before a kept lettered one', () => {
    const second = edition(['p1', 'p2', 's1', 'p3'], ['1', '2', '2a', '3']);
    expect(assignLabels(['p1', 'p2', 'new', 's1', 'p3'], second)).toEqual(['1', '2', '2a', '2b', '3']);
  });

  it('goes on from z to aa', () => {
    const keys = Array.from({ length: 28 }, (_, i) => `n${i}`);
    expect(assignLabels(['p1', ...keys], edition(['p1'], ['1'])).slice(26)).toEqual(['1z', '1aa', '1ab']);
  });
});
