import { nextColumnSort } from '../../renderer/components/SortableHeaderRow.tsx';
import { filterDocuments, shownDocuments } from '../../renderer/features/library/libraryQuery.ts';
import { summary } from './fakeBackend.ts';

const budget = summary({ id: 1, title: 'Budget scrutiny', date: '2024-02-01', committee: 'Finance', organisation: 'Leeds City Council', author: 'Jane Doe' });
const roads = summary({ id: 2, title: 'Roads and potholes', date: '2023-11-20', committee: 'Transport', organisation: null, kind: 'article' });
const care = summary({ id: 3, title: 'adult care', date: null, committee: 'Health', organisation: 'Bristol' });
const all = [budget, roads, care];

describe('filterDocuments', () => {
  it('matches title, committee, organisation and author, ignoring case', () => {
    expect(filterDocuments(all, 'BUDGET', 'all')).toEqual([budget]);
    expect(filterDocuments(all, 'transport', 'all')).toEqual([roads]);
    expect(filterDocuments(all, 'bristol', 'all')).toEqual([care]);
    expect(filterDocuments(all, 'jane', 'all')).toEqual([budget]);
  });

  it('needs every typed word, in any field', () => {
    expect(filterDocuments(all, 'finance leeds', 'all')).toEqual([budget]);
    expect(filterDocuments(all, 'finance bristol', 'all')).toEqual([]);
  });

  it('keeps only the chosen kind', () => {
    expect(filterDocuments(all, '', 'article')).toEqual([roads]);
    expect(filterDocuments(all, '', 'report')).toEqual([budget, care]);
  });
});

describe('shownDocuments', () => {
  it('keeps the order the library list came in for the default order, and sorts for any other', () => {
    // The server sends the list newest first; a list in some other order shows that it is not re-sorted.
    const asSent = [care, roads, budget];
    expect(shownDocuments(asSent, '', 'all', { key: 'date', direction: 'descending' })).toEqual(asSent);
    expect(shownDocuments(asSent, '', 'all', { key: 'title', direction: 'ascending' }).map((d) => d.id)).toEqual([3, 1, 2]);
    expect(shownDocuments(asSent, '', 'report', { key: 'date', direction: 'ascending' }).map((d) => d.id)).toEqual([1, 3]);
  });
});

describe('nextColumnSort', () => {
  it('reverses the sorted column and starts a new one in its natural direction', () => {
    expect(nextColumnSort({ key: 'title', direction: 'ascending' }, 'title')).toEqual({ key: 'title', direction: 'descending' });
    expect(nextColumnSort({ key: 'title', direction: 'ascending' }, 'date')).toEqual({ key: 'date', direction: 'descending' });
    expect(nextColumnSort({ key: 'date', direction: 'descending' }, 'committee')).toEqual({ key: 'committee', direction: 'ascending' });
    // The register's columns follow the same rule.
    expect(nextColumnSort({ key: 'status', direction: 'ascending' }, 'date')).toEqual({ key: 'date', direction: 'descending' });
  });
});
