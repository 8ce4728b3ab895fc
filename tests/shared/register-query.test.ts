import { describe, expect, it } from 'vitest';
import { isoToday } from '../../shared/iso-day.ts';
import type { RegisterEntry } from '../../shared/recommendations.ts';
import {
  countByStatus,
  distinctValues,
  filterRegister,
  filterRegisterExceptStatus,
  isOverdue,
  sortRegister,
} from '../../shared/register-query.ts';

function entry(overrides: Partial<RegisterEntry> & { id: number }): RegisterEntry {
  return {
    documentId: 1,
    documentTitle: 'Budget report',
    documentDate: '2026-02-01',
    committee: 'Cabinet',
    organisation: 'Gloucester City Council',
    number: overrides.id,
    pageIndex: 0,
    source: 'extracted',
    originalText: 'x',
    updatedAt: null,
    text: `Recommendation ${overrides.id}`,
    status: 'proposed',
    decision: null,
    decisionDate: null,
    owner: null,
    dueDate: null,
    response: null,
    ...overrides,
  };
}

const TODAY = '2026-03-12';
const ENTRIES = [
  entry({ id: 1, status: 'agreed', owner: 'Head of Finance', dueDate: '2026-03-01' }),
  entry({ id: 2, status: 'rejected', dueDate: '2026-01-01' }),
  entry({ id: 3, committee: 'Overview and Scrutiny', documentTitle: 'Libraries review', documentId: 2, number: 1, documentDate: '2025-11-20' }),
  entry({ id: 4, status: 'agreed', owner: 'finance team', dueDate: '2026-04-01', documentDate: null }),
];

describe('register filters', () => {
  it('counts a past due date as overdue only while the recommendation is still open', () => {
    expect(isOverdue(ENTRIES[0]!, TODAY)).toBe(true);
    expect(isOverdue(ENTRIES[1]!, TODAY)).toBe(false);
    expect(isOverdue(ENTRIES[3]!, TODAY)).toBe(false);
    expect(isOverdue({ dueDate: TODAY, status: 'agreed' }, TODAY)).toBe(false);
  });

  it('matches committee ignoring case, owner by part of the name, and statuses as a set', () => {
    const ids = (filter: Parameters<typeof filterRegister>[1]) => filterRegister(ENTRIES, filter, TODAY).map((e) => e.id);
    expect(ids({ committee: 'overview and scrutiny' })).toEqual([3]);
    expect(ids({ owner: 'FINANCE' })).toEqual([1, 4]);
    expect(ids({ statuses: ['agreed', 'rejected'] })).toEqual([1, 2, 4]);
    expect(ids({ overdueOnly: true })).toEqual([1]);
    expect(ids({})).toEqual([1, 2, 3, 4]);
  });

  it('filters by report date inclusively and leaves undated reports out of a date range', () => {
    const ids = filterRegister(ENTRIES, { from: '2025-11-20', to: '2026-01-31' }, TODAY).map((e) => e.id);
    expect(ids).toEqual([3]);
  });

  it('counts by status over everything but the status filter, so each count says what choosing it shows', () => {
    const rest = filterRegisterExceptStatus(ENTRIES, { committee: 'Cabinet', statuses: ['rejected'] }, TODAY);
    expect(countByStatus(rest)).toMatchObject({ agreed: 2, rejected: 1, proposed: 0, withdrawn: 0 });
  });
});

describe('register sorting', () => {
  it('sorts by due date with undated rows last in either direction, ties in report order', () => {
    expect(sortRegister(ENTRIES, { key: 'dueDate', direction: 'ascending' }).map((e) => e.id)).toEqual([2, 1, 4, 3]);
    expect(sortRegister(ENTRIES, { key: 'dueDate', direction: 'descending' }).map((e) => e.id)).toEqual([4, 1, 2, 3]);
  });

  it('sorts statuses in their lifecycle order rather than alphabetically', () => {
    expect(sortRegister(ENTRIES, { key: 'status', direction: 'ascending' }).map((e) => e.status)).toEqual([
      'proposed',
      'agreed',
      'agreed',
      'rejected',
    ]);
  });

  it('sorts by report keeping the printed order inside each report', () => {
    expect(sortRegister(ENTRIES, { key: 'report', direction: 'ascending' }).map((e) => e.id)).toEqual([1, 2, 4, 3]);
  });

  it('lists distinct values once whatever their case, and gives today as a local ISO day', () => {
    expect(distinctValues(ENTRIES, 'committee')).toEqual(['Cabinet', 'Overview and Scrutiny']);
    expect(isoToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
