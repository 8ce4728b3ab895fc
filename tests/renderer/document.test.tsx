import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { DocumentSummary } from '../../shared/domain.ts';
import { App } from '../../renderer/App.tsx';
import { rowTitles } from './appQueries.ts';
import { detail, HandlerFailure, installFakeBackend, summary, type Handlers } from './fakeBackend.ts';

const report = detail({
  id: 7,
  title: 'Review of home-to-school transport',
  date: '2024-02-20',
  committee: 'Children and Young People Scrutiny',
  organisation: 'Kent County Council',
  author: 'A. Khan; B. Osei',
  fileName: 'transport-review.pdf',
  pageCount: 4,
  importedAt: '2024-03-01T10:15:00.000Z',
  sections: [
    { heading: 'Summary', pageIndex: 0 },
    { heading: 'Findings', pageIndex: 2 },
  ],
  recommendations: [
    { text: 'The council should publish its route reviews.', pageIndex: 3 },
    { text: 'Parents should be consulted.', pageIndex: null },
  ],
  pages: [
    { pageIndex: 0, text: 'Summary\n\nCosts have risen.' },
    { pageIndex: 1, text: '' },
    { pageIndex: 2, text: 'Findings\n  1. Routes overlap.' },
    { pageIndex: 3, text: 'Recommendations' },
  ],
});
const other = summary({ id: 8, title: 'Libraries consultation' });

function renderApp(overrides: Handlers = {}) {
  const library: DocumentSummary[] = [report, other];
  const backend = installFakeBackend({
    'library:list': () => [...library],
    'library:get': () => report,
    'annotations:list': () => [],
    'reader:position': () => null,
    'library:delete': ({ id }) => {
      library.splice(library.findIndex((document) => document.id === id), 1);
      return { deleted: true };
    },
    ...overrides,
  });
  render(<App />);
  return backend;
}

async function openReport() {
  await userEvent.click(await screen.findByRole('button', { name: report.title }));
  return screen.findByRole('heading', { level: 2, name: report.title });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('document view', () => {
  it('shows the title (focused), details, contents, recommendations and the text page by page', async () => {
    renderApp();
    const title = await openReport();
    expect(document.activeElement).toBe(title);

    const details = Object.fromEntries(
      Array.from(document.querySelectorAll('.details .detail'), (row) => [
        row.querySelector('dt')?.textContent,
        row.querySelector('dd')?.textContent,
      ]),
    );
    expect(details).toMatchObject({
      Kind: 'Report',
      Date: '20 February 2024',
      Committee: 'Children and Young People Scrutiny',
      Organisation: 'Kent County Council',
      Author: 'A. Khan; B. Osei',
      File: 'transport-review.pdf',
      Pages: '4',
    });
    expect(details.Imported).toMatch(/1 March 2024/);

    const outline = screen.getByRole('navigation', { name: 'Sections and pages' });
    expect(within(outline).getAllByRole('button').map((button) => button.textContent).slice(0, 2)).toEqual([
      'Summary p. 1',
      'Findings p. 3',
    ]);
    expect(within(outline).getByRole('button', { name: 'Page 4' })).toBeTruthy();
    const recommendations = screen.getByRole('region', { name: 'Recommendations' });
    expect(within(recommendations).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'The council should publish its route reviews. Go to page 4',
      'Parents should be consulted.',
    ]);

    // Without the original pages (this backend has none), the reader says so and shows the text read from them.
    expect(await screen.findByText(/The original pages cannot be shown/)).toBeTruthy();
    const text = screen.getByRole('region', { name: 'Document text' });
    expect(within(text).getByRole('heading', { name: 'Summary' })).toBeTruthy();
    expect(text.textContent).toContain('1. Routes overlap.');
    expect(text.textContent).toMatch(/No text was found here/);
  });

  it('asks for a PDF’s original pages together with its text, not after it', async () => {
    let answerText: () => void = () => undefined;
    const textAsked = new Promise<void>((resolve) => (answerText = resolve));
    const backend = renderApp({
      'library:get': async () => {
        await textAsked;
        return report;
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: report.title }));
    await waitFor(() => expect(backend.callsTo('reader:original')).toEqual([{ id: report.id }]));
    expect(screen.queryByRole('heading', { level: 2, name: report.title })).toBeNull();
    answerText();
    // The fake backend has no original, so the reader falls back to the text, having asked only the once.
    expect(await screen.findByText(/The original pages cannot be shown/)).toBeTruthy();
    expect(backend.callsTo('reader:original')).toHaveLength(1);
  });

  it('switches between the original pages and the text only', async () => {
    renderApp();
    await openReport();
    const textOnly = screen.getByRole('button', { name: 'Text only' });
    await userEvent.click(textOnly);
    expect(textOnly.getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByText(/The original pages cannot be shown/)).toBeNull();
    expect(screen.getByRole('region', { name: 'Document text' }).textContent).toContain('Costs have risen.');
  });

  it('goes back with the Back button, Escape or Alt+Left, to the row it came from', async () => {
    renderApp();
    await openReport();
    await userEvent.click(screen.getByRole('button', { name: /Back/ }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe(report.title));

    await openReport();
    await userEvent.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { name: 'Library' })).toBeTruthy();

    await openReport();
    await userEvent.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect(await screen.findByRole('heading', { name: 'Library' })).toBeTruthy();
  });

  it('asks before deleting, does nothing on Cancel, and deletes on confirmation', async () => {
    const backend = renderApp();
    await openReport();

    await userEvent.click(screen.getByRole('button', { name: 'Delete from library…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete this document?' });
    expect(dialog.textContent).toContain(report.title);
    // Escape belongs to the open dialog, not to the page's Back shortcut.
    fireEvent.keyDown(within(dialog).getByRole('button', { name: 'Cancel' }), { key: 'Escape' });
    expect(screen.getByRole('heading', { level: 2, name: report.title })).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(backend.callsTo('library:delete')).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Delete from library…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete from library' }));

    expect(await screen.findByText(`“${report.title}” was deleted from your library.`)).toBeTruthy();
    expect(backend.callsTo('library:delete')).toEqual([{ id: 7 }]);
    await waitFor(() => expect(rowTitles()).toEqual(['Libraries consultation']));
  });

  it('keeps the document open and says why when deleting fails', async () => {
    renderApp({
      'library:delete': () => {
        throw new HandlerFailure('The library is read-only on this computer.');
      },
    });
    await openReport();
    await userEvent.click(screen.getByRole('button', { name: 'Delete from library…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete from library' }));

    const message = await screen.findByText('The library is read-only on this computer.');
    expect(message.closest('[role="alert"]')).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: report.title })).toBeTruthy();
  });

  it('stays in the library and explains when a document cannot be opened', async () => {
    renderApp({
      'library:get': () => {
        throw new HandlerFailure('That document is no longer in the library.', 'not-found');
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: report.title }));

    const message = await screen.findByText('That document is no longer in the library.');
    expect(message.closest('[role="alert"]')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Library' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toBe(report.title));
  });
});

describe('skip link', () => {
  it('is the first thing Tab reaches and moves focus to the main content', async () => {
    renderApp();
    await screen.findByRole('table');
    await userEvent.tab();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(document.activeElement).toBe(skip);
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });
});
