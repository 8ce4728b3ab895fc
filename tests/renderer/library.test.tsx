import { act, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { App } from '../../renderer/App.tsx';
import { arrivedLibraryStart, forgetLibraryStart, preloadLibraryStart } from '../../renderer/features/library/libraryPreload.ts';
import { rowCells, rowTitles, tableRows } from './appQueries.ts';
import { detail, HandlerFailure, installFakeBackend, summary } from './fakeBackend.ts';

const budget = summary({
  id: 1,
  title: 'Budget monitoring Q3',
  date: '2024-01-15',
  committee: 'Finance Scrutiny',
  organisation: 'Leeds City Council',
  author: 'J. Patel',
  pageCount: 12,
});
const care = summary({
  id: 2,
  title: 'Adult social care review',
  date: '2023-10-02',
  committee: 'Health Scrutiny',
  organisation: 'Bristol City Council',
  pageCount: 40,
});
const article = summary({
  id: 3,
  kind: 'article',
  format: 'html',
  title: 'Council faces £20m spending gap',
  date: '2024-03-01',
  organisation: 'Yorkshire Post',
  pageCount: 1,
});

function renderLibrary(documents = [budget, care, article]) {
  const backend = installFakeBackend({
    'library:list': () => documents,
    'library:get': ({ id }) => detail({ ...documents.find((document) => document.id === id)!, pages: [{ pageIndex: 0, text: 'Text.' }] }),
  });
  render(<App />);
  return backend;
}

describe('library view', () => {
  // The first screenful is kept between renders of the app, as on a real start; no test passes it to the next.
  afterEach(() => forgetLibraryStart());

  it('lists every document with its kind, title, date, committee, organisation and pages, newest first', async () => {
    renderLibrary();
    await screen.findByRole('table');
    expect(tableRows().map(rowCells)).toEqual([
      ['Article', 'Council faces £20m spending gap', '1 March 2024', '', 'Yorkshire Post', '1'],
      ['Report', 'Budget monitoring Q3', '15 January 2024', 'Finance Scrutiny', 'Leeds City Council', '12'],
      ['Report', 'Adult social care review', '2 October 2023', 'Health Scrutiny', 'Bristol City Council', '40'],
    ]);
    expect(screen.getByText('3 documents')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Briefing Desk' })).toBeTruthy();
  });

  it('sorts by a column when its header is clicked, and reverses on a second click', async () => {
    renderLibrary();
    await screen.findByRole('table');

    await userEvent.click(screen.getByRole('button', { name: /Title/ }));
    expect(rowTitles()).toEqual(['Adult social care review', 'Budget monitoring Q3', 'Council faces £20m spending gap']);
    expect(screen.getByRole('columnheader', { name: /Title/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByRole('columnheader', { name: /Date/ }).hasAttribute('aria-sort')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: /Title/ }));
    expect(rowTitles()).toEqual(['Council faces £20m spending gap', 'Budget monitoring Q3', 'Adult social care review']);
    expect(screen.getByRole('columnheader', { name: /Title/ }).getAttribute('aria-sort')).toBe('descending');

    await userEvent.click(screen.getByRole('button', { name: /Organisation/ }));
    expect(rowTitles()).toEqual(['Adult social care review', 'Budget monitoring Q3', 'Council faces £20m spending gap']);

    await userEvent.click(screen.getByRole('button', { name: /Kind/ }));
    expect(rowTitles()[0]).toBe('Council faces £20m spending gap');
  });

  it('filters as you type by title, committee, organisation or author, and by kind', async () => {
    renderLibrary();
    await screen.findByRole('table');
    const filter = screen.getByLabelText('Filter by title, committee, organisation or author');

    await userEvent.type(filter, 'health');
    await waitFor(() => expect(rowTitles()).toEqual(['Adult social care review']));
    expect(screen.getByText('Showing 1 of 3 documents')).toBeTruthy();

    await userEvent.clear(filter);
    await userEvent.type(filter, 'patel');
    await waitFor(() => expect(rowTitles()).toEqual(['Budget monitoring Q3']));

    await userEvent.clear(filter);
    await userEvent.click(screen.getByRole('radio', { name: 'Articles' }));
    await waitFor(() => expect(rowTitles()).toEqual(['Council faces £20m spending gap']));
    await userEvent.click(screen.getByRole('radio', { name: 'Reports' }));
    await waitFor(() => expect(rowTitles()).toEqual(['Budget monitoring Q3', 'Adult social care review']));
  });

  it('says when nothing matches, and the filter can be cleared from there', async () => {
    renderLibrary();
    await screen.findByRole('table');
    await userEvent.type(screen.getByLabelText(/Filter by title/), 'allotments');

    const empty = await screen.findByRole('region', { name: 'No documents match' });
    expect(tableRows()).toHaveLength(0);
    await userEvent.click(within(empty).getByRole('button', { name: 'Clear the filter' }));
    await waitFor(() => expect(tableRows()).toHaveLength(3));
  });

  it('asks for the first screenful before the interface is drawn, draws it at once, then loads the whole list', async () => {
    const backend = installFakeBackend({
      'library:listStart': ({ count }) => ({ documents: [article, budget, care].slice(0, count), total: 3 }),
      'library:list': () => [article, budget, care],
    });
    preloadLibraryStart();
    expect(backend.callsTo('library:listStart')).toEqual([{ count: 60 }]);
    expect(backend.callsTo('library:list')).toEqual([]);
    await waitFor(() => expect(arrivedLibraryStart()).not.toBeNull());
    render(<App />);
    // No waiting: the rows are there as soon as the first render returns.
    expect(rowTitles()).toEqual(['Council faces £20m spending gap', 'Budget monitoring Q3', 'Adult social care review']);
    await waitFor(() => expect(backend.callsTo('library:list')).toHaveLength(1));
    expect(arrivedLibraryStart()).toBeNull();
  });

  it('does not draw the first screenful again once the library has changed', async () => {
    const list = [budget, care];
    const backend = installFakeBackend({
      'library:listStart': () => ({ documents: [budget, care], total: 2 }),
      'library:list': () => [...list],
      'library:get': ({ id }) => detail({ ...list.find((document) => document.id === id)!, pages: [{ pageIndex: 0, text: 'Text.' }] }),
      'annotations:list': () => [],
      'reader:position': () => null,
      'library:delete': ({ id }) => {
        list.splice(list.findIndex((document) => document.id === id), 1);
        return { deleted: true };
      },
    });
    preloadLibraryStart();
    await waitFor(() => expect(arrivedLibraryStart()).not.toBeNull());
    render(<App />);
    expect(rowTitles()).toEqual(['Budget monitoring Q3', 'Adult social care review']);

    await userEvent.click(screen.getByRole('button', { name: budget.title }));
    await userEvent.click(await screen.findByRole('button', { name: 'Delete from library…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete from library' }));
    await waitFor(() => expect(rowTitles()).toEqual(['Adult social care review']));
    expect(backend.callsTo('library:list')).toHaveLength(2);
    expect(backend.callsTo('library:listStart')).toHaveLength(1);
  });

  it('draws the first rows from the start of the list while the whole list is still coming', async () => {
    let sendWholeList: (list: typeof budget[]) => void = () => undefined;
    const backend = installFakeBackend({
      'library:listStart': ({ count }) => ({ documents: [article, budget, care].slice(0, Math.min(count, 2)), total: 3 }),
      'library:list': () => new Promise((resolve) => (sendWholeList = resolve)),
    });
    preloadLibraryStart();
    await waitFor(() => expect(arrivedLibraryStart()).not.toBeNull());
    render(<App />);
    expect(rowTitles()).toEqual(['Council faces £20m spending gap', 'Budget monitoring Q3']);
    // The count is the library's, not the rows drawn so far, and the library says it is still loading.
    expect(screen.getByText('3 documents')).toBeTruthy();
    const region = screen.getByRole('region', { name: 'Library' });
    expect(region.getAttribute('aria-busy')).toBe('true');

    // A filter needs every document, so it waits for the whole list rather than filtering the first rows.
    await userEvent.type(screen.getByLabelText('Filter by title, committee, organisation or author'), 'care');
    expect(screen.getByText('Loading all 3 documents…')).toBeTruthy();
    expect(tableRows()).toEqual([]);
    act(() => sendWholeList([budget, care, article]));
    await waitFor(() => expect(rowTitles()).toEqual(['Adult social care review']));
    expect(region.getAttribute('aria-busy')).toBe('false');
    expect(backend.callsTo('library:list')).toHaveLength(1);
  });

  it('explains an empty library and offers the ways to import', async () => {
    renderLibrary([]);
    const empty = await screen.findByRole('region', { name: 'Your library is empty' });
    expect(empty.textContent).toMatch(/drag files here/i);
    expect(within(empty).getByRole('button', { name: 'Import files…' })).toBeTruthy();
    expect(within(empty).getByRole('button', { name: 'Import a folder…' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows why the library could not be loaded, and loads it on Try again', async () => {
    let attempts = 0;
    installFakeBackend({
      'library:list': () => {
        attempts += 1;
        if (attempts === 1) throw new HandlerFailure('The library file is locked by another copy of Briefing Desk.');
        return [budget];
      },
    });
    render(<App />);

    const message = await screen.findByText(/locked by another copy/);
    expect(message.closest('[role="alert"]')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(rowTitles()).toEqual(['Budget monitoring Q3']));
    expect(screen.queryByText(/locked by another copy/)).toBeNull();
  });

  it('opens a document from its row with Enter, and Back returns focus to that row with the sort kept', async () => {
    const backend = renderLibrary();
    await screen.findByRole('table');
    await userEvent.click(screen.getByRole('button', { name: /Title/ }));

    act(() => screen.getByRole('button', { name: 'Budget monitoring Q3' }).focus());
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 2, name: 'Budget monitoring Q3' })).toBeTruthy();
    expect(backend.callsTo('library:get')).toEqual([{ id: 1 }]);

    await userEvent.click(screen.getByRole('button', { name: /Back/ }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Budget monitoring Q3'));
    expect(rowTitles()).toEqual(['Adult social care review', 'Budget monitoring Q3', 'Council faces £20m spending gap']);
  });
});
