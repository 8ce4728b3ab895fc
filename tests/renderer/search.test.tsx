import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { SNIPPET_MARK_END as END, SNIPPET_MARK_START as START, type SearchHit } from '../../shared/domain.ts';
import { App } from '../../renderer/App.tsx';
import { tableRows } from './appQueries.ts';
import { detail, HandlerFailure, installFakeBackend, summary, type Handlers } from './fakeBackend.ts';

const budgetHit: SearchHit = {
  documentId: 1,
  title: 'Budget monitoring Q3',
  kind: 'report',
  date: '2024-01-15',
  committee: 'Finance Scrutiny',
  pageIndex: 11,
  snippet: `…the ${START}spending${END} ${START}gap${END} widened to £4m…`,
  score: -3.2,
};
const articleHit: SearchHit = {
  documentId: 3,
  title: 'Council faces £20m spending gap',
  kind: 'article',
  date: '2024-03-01',
  committee: null,
  pageIndex: 0,
  snippet: `Council faces £20m ${START}spending${END} ${START}gap${END}`,
  score: -2.1,
};

const noteHit: SearchHit = {
  documentId: 1,
  title: 'Budget monitoring Q3',
  kind: 'report',
  date: '2024-01-15',
  committee: 'Finance Scrutiny',
  pageIndex: 11,
  snippet: `Ask why the ${START}spending${END} ${START}gap${END} keeps growing`,
  score: -4.0,
  annotation: { id: 'note-1', isQuestion: false },
};

const budgetPages = Array.from({ length: 14 }, (_, pageIndex) => ({
  pageIndex,
  text: pageIndex === 11 ? 'The spending gap widened to £4m. Spending on agency staff rose.' : `Page ${pageIndex + 1} text.`,
}));

function renderApp(overrides: Handlers = {}) {
  const backend = installFakeBackend({
    'library:list': () => [summary({ id: 1, title: 'Budget monitoring Q3' }), summary({ id: 3, title: 'Council faces £20m spending gap' })],
    'search:query': ({ query }) => (query.includes('zebra') ? [] : [budgetHit, articleHit]),
    'library:get': ({ id }) => detail({ id, title: 'Budget monitoring Q3', pageCount: 14, pages: budgetPages }),
    ...overrides,
  });
  render(<App />);
  return backend;
}

function searchBox(): HTMLInputElement {
  return screen.getByRole('searchbox', { name: 'Search all papers' }) as HTMLInputElement;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('search', () => {
  it('waits for a pause in typing, then lists results with kind, date, committee, page and highlighted snippet', async () => {
    const backend = renderApp();
    await screen.findByRole('table');

    await userEvent.type(searchBox(), 'spending gap');
    const section = await screen.findByRole('region', { name: 'Search results' });
    const results = await within(section).findByRole('list');
    await waitFor(() => expect(within(results).getAllByRole('listitem')).toHaveLength(2));

    expect(backend.callsTo('search:query')).toEqual([{ query: 'spending gap', limit: 100 }]);
    const first = within(results).getAllByRole('listitem')[0]!;
    expect(within(first).getByRole('heading', { level: 3 }).textContent).toBe('Budget monitoring Q3');
    expect(first.textContent).toContain('Report · 15 January 2024 · Finance Scrutiny · p. 12');
    expect(Array.from(first.querySelectorAll('mark'), (mark) => mark.textContent)).toEqual(['spending', 'gap']);
    expect(first.textContent).toContain('…the spending gap widened to £4m…');
    expect(first.textContent).not.toMatch(/[\uE000\uE001]/u);
    expect(screen.getByText('2 papers match “spending gap”.')).toBeTruthy();
  });

  it('says clearly when nothing matches', async () => {
    renderApp();
    await userEvent.type(searchBox(), 'zebra crossing');
    expect(await screen.findByText('No papers match “zebra crossing”.')).toBeTruthy();
    expect(screen.getByText(/Check the spelling/)).toBeTruthy();
  });

  it('shows main’s message when a search fails', async () => {
    renderApp({
      'search:query': () => {
        throw new HandlerFailure('The search index is being rebuilt; try again in a minute.');
      },
    });
    await userEvent.type(searchBox(), 'budget');
    const message = await screen.findByText(/search index is being rebuilt/);
    expect(message.closest('[role="alert"]')).toBeTruthy();
  });

  it('goes back to the library when the search box is emptied with Escape', async () => {
    renderApp();
    await screen.findByRole('table');
    await userEvent.type(searchBox(), 'spending');
    await screen.findByRole('heading', { name: 'Search results' });

    await userEvent.keyboard('{Escape}');
    expect(searchBox().value).toBe('');
    expect(await screen.findByRole('heading', { name: 'Library' })).toBeTruthy();
    expect(tableRows()).toHaveLength(2);
  });

  it('puts the cursor in the search box on "/" or Ctrl+K, but lets "/" be typed into other fields', async () => {
    renderApp();
    await screen.findByRole('table');

    await userEvent.keyboard('/');
    expect(document.activeElement).toBe(searchBox());
    expect(searchBox().value).toBe('');

    const filter = screen.getByLabelText(/Filter by title/) as HTMLInputElement;
    await userEvent.click(filter);
    await userEvent.keyboard('a/b');
    expect(filter.value).toBe('a/b');
    expect(document.activeElement).toBe(filter);

    await userEvent.keyboard('{Control>}k{/Control}');
    expect(document.activeElement).toBe(searchBox());

    await userEvent.click(filter);
    await userEvent.keyboard('{Meta>}k{/Meta}');
    expect(document.activeElement).toBe(searchBox());
  });

  it('opens a result at its page with the searched words highlighted, and Back returns to the results', async () => {
    const backend = renderApp();
    await userEvent.type(searchBox(), 'spend gap');
    const result = await screen.findByRole('button', { name: 'Budget monitoring Q3' });

    await userEvent.click(result);

    expect(await screen.findByRole('heading', { level: 2, name: 'Budget monitoring Q3' })).toBeTruthy();
    expect(backend.callsTo('library:get')).toEqual([{ id: 1 }]);
    // The reader opens at the result's page with find showing the searched word.
    const find = (await screen.findByLabelText('Find in document', { selector: 'input' })) as HTMLInputElement;
    expect(find.value).toBe('spend');
    expect(document.activeElement).toBe(find);
    await waitFor(() => expect(screen.getByText(/^\d+ of \d+/)).toBeTruthy());

    // Escape closes find first, then goes back.
    fireEvent.keyDown(find, { key: 'Escape' });
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(await screen.findByRole('heading', { name: 'Search results' })).toBeTruthy();
    expect(searchBox().value).toBe('spend gap');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Budget monitoring Q3' })));
  });

  it('typing a new search while reading shows its results', async () => {
    renderApp();
    await screen.findByRole('table');
    await userEvent.click(screen.getByRole('button', { name: 'Budget monitoring Q3' }));
    await screen.findByRole('heading', { level: 2, name: 'Budget monitoring Q3' });

    await userEvent.type(searchBox(), 'gap');
    expect(await screen.findByRole('heading', { name: 'Search results' })).toBeTruthy();
  });

  it('shows a match in the member’s own note as theirs, and opens the paper at the note’s page without find', async () => {
    const backend = renderApp({
      'search:query': () => [noteHit, articleHit],
      'library:get': ({ id }) => detail({ id, title: 'Budget monitoring Q3', pageCount: 14, pages: budgetPages }),
    });
    await userEvent.type(searchBox(), 'spending gap');
    const section = await screen.findByRole('region', { name: 'Search results' });
    await waitFor(() => expect(within(section).getAllByRole('listitem')).toHaveLength(2));

    const [first, second] = within(section).getAllByRole('listitem');
    expect(first?.querySelector('.snippet')?.textContent).toBe('Your note: Ask why the spending gap keeps growing');
    expect(Array.from(first!.querySelectorAll('mark'), (mark) => mark.textContent)).toEqual(['spending', 'gap']);
    expect(first?.textContent).toContain('p. 12');
    expect(second?.textContent).not.toContain('Your note');

    await userEvent.click(within(first!).getByRole('button', { name: 'Budget monitoring Q3' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Budget monitoring Q3' })).toBeTruthy();
    expect(backend.callsTo('library:get')).toEqual([{ id: 1 }]);
    // The note's words need not be in the paper, so find stays closed; the reader opens at the note's page.
    expect(screen.queryByLabelText('Find in document', { selector: 'input' })).toBeNull();
  });

  it('labels a matching question as the member’s question', async () => {
    renderApp({ 'search:query': () => [{ ...noteHit, annotation: { id: 'q-1', isQuestion: true } }] });
    await userEvent.type(searchBox(), 'spending gap');
    const section = await screen.findByRole('region', { name: 'Search results' });
    await waitFor(() => expect(within(section).getByText('Your question:')).toBeTruthy());
  });
});
