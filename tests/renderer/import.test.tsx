import { act, createEvent, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { DocumentSummary, ImportOutcome } from '../../shared/domain.ts';
import type { ArgsOf } from '../../shared/ipc/contract.ts';
import { App } from '../../renderer/App.tsx';
import { rowTitles } from './appQueries.ts';
import { installFakeBackend, summary } from './fakeBackend.ts';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

function pdf(name: string, relativePath?: string): File {
  const file = new File(['%PDF-1.7 body'], name, { type: 'application/pdf' });
  if (relativePath) Object.defineProperty(file, 'webkitRelativePath', { value: relativePath });
  return file;
}

function filesInput(): HTMLInputElement {
  return document.querySelector('input[type="file"][accept]')!;
}

function folderInput(): HTMLInputElement {
  return document.querySelector('input[type="file"]:not([accept])')!;
}

/** A library whose list grows as imports succeed, and an import handler the test answers when it chooses. */
function renderWithPendingImport() {
  const library: DocumentSummary[] = [summary({ id: 1, title: 'Existing report' })];
  const pending = deferred<ImportOutcome[]>();
  const backend = installFakeBackend({
    'library:list': () => [...library],
    'library:import': () => pending.promise,
  });
  render(<App />);
  return { backend, library, pending };
}

function alertText(): string {
  return screen
    .getAllByRole('alert')
    .map((alert) => alert.textContent)
    .join(' ');
}

describe('import', () => {
  it('sends the chosen files’ bytes, shows progress from events, then every file’s outcome, and refreshes the library', async () => {
    const { backend, library, pending } = renderWithPendingImport();
    await screen.findByRole('table');

    await userEvent.upload(filesInput(), [pdf('agenda.pdf'), pdf('minutes.docx')]);

    await waitFor(() => expect(backend.callsTo('library:import')).toHaveLength(1));
    const [request] = backend.callsTo('library:import') as ArgsOf<'library:import'>[];
    expect(request?.files.map((file) => file.name)).toEqual(['agenda.pdf', 'minutes.docx']);
    expect(new TextDecoder().decode(request?.files[0]?.data)).toBe('%PDF-1.7 body');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0');

    act(() =>
      backend.emit({
        type: 'import-progress',
        progress: { jobId: request!.jobId, done: 1, total: 2, outcome: { file: 'agenda.pdf', status: 'imported', documentId: 2 } },
      }),
    );
    const bar = screen.getByRole('progressbar', { name: 'Importing 1 of 2: agenda.pdf' });
    expect(bar.getAttribute('aria-valuenow')).toBe('1');
    expect(bar.getAttribute('aria-valuemax')).toBe('2');

    // Another job's progress is not this import's.
    act(() =>
      backend.emit({
        type: 'import-progress',
        progress: { jobId: 'someone-else', done: 2, total: 2, outcome: { file: 'other.pdf', status: 'imported' } },
      }),
    );
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('1');

    library.push(summary({ id: 2, title: 'Agenda' }));
    await act(async () =>
      pending.resolve([
        { file: 'agenda.pdf', status: 'imported', documentId: 2 },
        { file: 'minutes.docx', status: 'failed', error: 'This is not a Word document (no word/document.xml inside).' },
      ]),
    );

    const results = await screen.findByRole('region', { name: 'Import finished' });
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(results.textContent).toContain('1 file imported, 1 file could not be imported.');
    const failures = within(results).getByRole('heading', { name: 'Could not be imported (1)' }).parentElement!;
    expect(failures.textContent).toContain('minutes.docx: This is not a Word document (no word/document.xml inside).');
    expect(within(results).getByRole('heading', { name: 'Imported (1)' }).parentElement?.textContent).toContain('agenda.pdf');
    expect(alertText()).toContain('1 file could not be imported. Not imported: minutes.docx.');

    await waitFor(() => expect(rowTitles()).toEqual(['Agenda', 'Existing report']));
    expect(backend.callsTo('library:list')).toHaveLength(2);
  });

  it('lists warnings and files already in the library, and can be closed', async () => {
    installFakeBackend({
      'library:list': () => [],
      'library:import': ({ files }) => [
        { file: files[0]!.name, status: 'imported', documentId: 5, warning: 'No text found: this looks like a scan.' },
        { file: files[1]!.name, status: 'duplicate', documentId: 1 },
      ],
    });
    render(<App />);
    await screen.findByRole('region', { name: 'Your library is empty' });

    await userEvent.upload(filesInput(), [pdf('scan.pdf'), pdf('old.pdf')]);

    const results = await screen.findByRole('region', { name: 'Import finished' });
    expect(within(results).getByRole('heading', { name: 'Imported, with a warning (1)' }).parentElement?.textContent).toContain(
      'scan.pdf: No text found: this looks like a scan.',
    );
    expect(within(results).getByRole('heading', { name: 'Already in your library (1)' }).parentElement?.textContent).toContain('old.pdf');
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain(
      '1 file imported, 1 file was already in your library.',
    );
    expect(screen.queryByText(/could not be imported/)).toBeNull();

    await userEvent.click(within(results).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Import finished' })).toBeNull();
  });

  it('says when a file went in as a new version of a paper, and what became of its notes', async () => {
    installFakeBackend({
      'library:list': () => [],
      'library:import': ({ files }) =>
        files.map(
          (file): ImportOutcome => ({
            file: file.name,
            status: 'imported',
            documentId: 3,
            replaced: { previousVersion: 1, moved: 4, orphaned: 1 },
          }),
        ),
    });
    render(<App />);
    await screen.findByRole('region', { name: 'Your library is empty' });

    await userEvent.upload(filesInput(), [pdf('budget-v2.pdf')]);

    const results = await screen.findByRole('region', { name: 'Import finished' });
    expect(within(results).getByRole('listitem').textContent).toBe(
      'budget-v2.pdf: a new version of a paper already in your library; 4 notes moved, 1 could not be placed',
    );
  });

  it('names folder files by their path inside the folder and leaves hidden and system files out', async () => {
    const backend = installFakeBackend({
      'library:list': () => [],
      'library:import': ({ files }) => files.map((file): ImportOutcome => ({ file: file.name, status: 'imported' })),
    });
    render(<App />);
    await screen.findByRole('region', { name: 'Your library is empty' });

    await userEvent.upload(folderInput(), [
      pdf('item-4.pdf', 'March meeting/item-4.pdf'),
      pdf('.DS_Store', 'March meeting/.DS_Store'),
      pdf('Thumbs.db', 'March meeting/Thumbs.db'),
    ]);

    await waitFor(() => expect(backend.callsTo('library:import')).toHaveLength(1));
    expect(backend.callsTo('library:import')[0]?.files.map((file) => file.name)).toEqual(['March meeting/item-4.pdf']);
    const results = await screen.findByRole('region', { name: 'Import finished' });
    expect(results.textContent).toContain('1 file imported, 2 hidden or system files skipped.');
  });

  it('shows a drop overlay while files are dragged over the window and imports what is dropped', async () => {
    const backend = installFakeBackend({
      'library:list': () => [],
      'library:import': ({ files }) => files.map((file): ImportOutcome => ({ file: file.name, status: 'imported' })),
    });
    render(<App />);
    await screen.findByRole('region', { name: 'Your library is empty' });
    const dropped = pdf('dropped.pdf');
    const dataTransfer = { types: ['Files'], files: [dropped], items: [], dropEffect: 'none' };

    fireEvent.dragEnter(window, { dataTransfer });
    expect(screen.getByText('Drop files or folders to import them')).toBeTruthy();
    // Files coming into the window start the readers; crossing more elements does not ask again.
    fireEvent.dragEnter(window, { dataTransfer });
    expect(backend.callsTo('library:prepareImport')).toEqual([{}]);
    const over = createEvent.dragOver(window, { dataTransfer });
    fireEvent(window, over);
    expect(over.defaultPrevented).toBe(true);

    const drop = createEvent.drop(window, { dataTransfer });
    fireEvent(window, drop);
    expect(drop.defaultPrevented).toBe(true);
    expect(screen.queryByText('Drop files or folders to import them')).toBeNull();
    await waitFor(() => expect(backend.callsTo('library:import')[0]?.files.map((file) => file.name)).toEqual(['dropped.pdf']));
  });

  it('hides the overlay when the drag leaves the window, and ignores drags that carry no files', async () => {
    installFakeBackend({ 'library:list': () => [] });
    render(<App />);
    await screen.findByRole('region', { name: 'Your library is empty' });

    fireEvent.dragEnter(window, { dataTransfer: { types: ['text/plain'] } });
    expect(screen.queryByText('Drop files or folders to import them')).toBeNull();

    fireEvent.dragEnter(window, { dataTransfer: { types: ['Files'] } });
    fireEvent.dragEnter(window, { dataTransfer: { types: ['Files'] } });
    fireEvent.dragLeave(window, { dataTransfer: { types: ['Files'] } });
    expect(screen.getByText('Drop files or folders to import them')).toBeTruthy();
    fireEvent.dragLeave(window, { dataTransfer: { types: ['Files'] } });
    expect(screen.queryByText('Drop files or folders to import them')).toBeNull();
  });

  it('opens the pickers and focuses search when the desktop menu asks', async () => {
    const backend = installFakeBackend({ 'library:list': () => [] });
    render(<App />);
    await screen.findByRole('region', { name: 'Your library is empty' });
    const clicked: HTMLInputElement[] = [];
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      clicked.push(this);
    });

    act(() => backend.emit({ type: 'menu', command: 'import-files' }));
    act(() => backend.emit({ type: 'menu', command: 'import-folder' }));
    expect(clicked).toEqual([filesInput(), folderInput()]);
    // Each chooser also gets the readers started while the person picks files.
    expect(backend.callsTo('library:prepareImport')).toEqual([{}, {}]);

    act(() => backend.emit({ type: 'menu', command: 'find' }));
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search all papers' }));
    vi.restoreAllMocks();
  });
});
