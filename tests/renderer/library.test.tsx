import { act, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { App } from '../../renderer/App.tsx';
import { arrivedLibrary, preloadLibrary } from '../../renderer/features/library/libraryPreload.ts';
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

  it('shows the list asked for before the interface was drawn, without asking again', async () => {
    const backend = installFakeBackend({ 'library:list': () => [budget, care] });
    preloadLibrary();
    expect(backend.callsTo('library:list')).toHaveLength(1);
    render(<App />);
    await screen.findByRole('table');
    expect(rowTitles()).toEqual(['Budget monitoring Q3', 'Adult social care review']);
    expect(backend.callsTo('library:list')).toHaveLength(1);
  });

  it('draws rows in its first render when the asked-for list has already arrived, and asks afresh after a change', async () => {
    const list = [budget, care];
    const backend = installFakeBackend({
      'library:list': () => [...list],
      'library:get': ({ id }) => detail({ ...list.find((document) => document.id === id)!, pages: [{ pageIndex: 0, text: 'Text.' }] }),
      'annotations:list': () => [],
      'reader:position': () => null,
      'library:delete': ({ id }) => {
        list.splice(list.findIndex((document) => document.id === id), 1);
        return { deleted: true };
      },
    });
    preloadLibrary();
    await waitFor(() => expect(arrivedLibrary()).not.toBeNull());
    render(<App />);
    // No waiting: the rows are there as soon as the first render returns.
    expect(rowTitles()).toEqual(['Budget monitoring Q3', 'Adult social care review']);

    await userEvent.click(screen.getByRole('button', { name: budget.title }));
    await userEvent.click(await screen.findByRole('button', { name: 'Delete from library…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete from library' }));
    // The list used at start is not used again: the deleted paper is gone.
    await waitFor(() => expect(rowTitles()).toEqual(['Adult social care review']));
    expect(backend.callsTo('library:list')).toHaveLength(2);
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
