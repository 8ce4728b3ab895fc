import { describe, expect, it } from 'vitest';
import { sortDocuments } from '../../shared/document-order.ts';
import type { DocumentSummary } from '../../shared/domain.ts';

function summary(overrides: Partial<DocumentSummary> & { id: number }): DocumentSummary {
  const base = { kind: 'report', format: 'pdf', title: `Document ${overrides.id}`, date: null, organisation: null, committee: null };
  return { ...base, author: null, fileName: 'paper.pdf', pageCount: 1, importedAt: '2024-05-01T09:30:00.000Z', exempt: false, ...overrides } as DocumentSummary;
}

const budget = summary({ id: 1, title: 'Budget scrutiny', date: '2024-02-01', committee: 'Finance', organisation: 'Leeds City Council' });
const roads = summary({ id: 2, title: 'Roads and potholes', date: '2023-11-20', committee: 'Transport', organisation: null, kind: 'article' });
const care = summary({ id: 3, title: 'adult care', date: null, committee: 'Health', organisation: 'Bristol' });
const all = [budget, roads, care];

describe('sortDocuments', () => {
  it('sorts dates newest first and puts undated documents last', () => {
    const sorted = sortDocuments(all, { key: 'date', direction: 'descending' });
    expect(sorted.map((document) => document.id)).toEqual([1, 2, 3]);
    const oldestFirst = sortDocuments(all, { key: 'date', direction: 'ascending' });
    expect(oldestFirst.map((document) => document.id)).toEqual([2, 1, 3]);
  });

  it('sorts titles alphabetically whatever their case, and does not change its input', () => {
    const input = [...all];
    expect(sortDocuments(input, { key: 'title', direction: 'ascending' }).map((document) => document.title)).toEqual([
      'adult care',
      'Budget scrutiny',
      'Roads and potholes',
    ]);
    expect(input).toEqual(all);
  });

  it('puts documents without an organisation last in both directions', () => {
    expect(sortDocuments(all, { key: 'organisation', direction: 'ascending' }).map((d) => d.id)).toEqual([3, 1, 2]);
    expect(sortDocuments(all, { key: 'organisation', direction: 'descending' }).map((d) => d.id)).toEqual([1, 3, 2]);
  });

  it('orders numbers inside titles as numbers', () => {
    const items = [summary({ id: 1, title: 'Item 10' }), summary({ id: 2, title: 'Item 9' })];
    expect(sortDocuments(items, { key: 'title', direction: 'ascending' }).map((d) => d.title)).toEqual(['Item 9', 'Item 10']);
  });
});

