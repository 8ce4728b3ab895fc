/** Exempt (Part 2) papers carry a clear marking in the library list and under the reader's title, set from the reader. */
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { vi } from 'vitest';
import type { DocumentDetail, DocumentSummary } from '../../shared/domain.ts';
import { EXEMPT_MARKING } from '../../shared/exempt.ts';
import { App } from '../../renderer/App.tsx';
import { detail, installFakeBackend, summary } from './fakeBackend.ts';

function renderLibrary() {
  const appendix: DocumentDetail = detail({
    id: 3,
    title: 'Contract award appendix',
    format: 'text',
    pages: [{ pageIndex: 0, text: 'Bidder prices.' }],
  });
  const library: DocumentSummary[] = [appendix, summary({ id: 4, title: 'Library opening hours' })];
  const backend = installFakeBackend({
    'library:list': () => library.map((document) => ({ ...document })),
    'library:get': () => ({ ...appendix }),
    'annotations:list': () => [],
    'reader:position': () => null,
    'annotations:export': ({ format }) => ({ fileName: `notes.${format}`, text: '# Notes' }),
    'library:setExempt': ({ id, exempt }) => {
      for (const document of library) if (document.id === id) document.exempt = exempt;
      appendix.exempt = exempt;
      return { exempt };
    },
  });
  render(<App />);
  return backend;
}

const rowOf = (title: string) => screen.getByRole('button', { name: title }).closest('tr')!;

describe('exempt papers', () => {
  it('are marked in the reader and the library list once marked, and unmarked again', async () => {
    const backend = renderLibrary();
    await userEvent.click(await screen.findByRole('button', { name: 'Contract award appendix' }));
    await screen.findByRole('heading', { level: 2, name: 'Contract award appendix' });
    const toggle = screen.getByRole('button', { name: 'Exempt (Part 2)' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByText(EXEMPT_MARKING)).toBeNull();

    await userEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-pressed')).toBe('true'));
    expect(screen.getByText(EXEMPT_MARKING)).toBeTruthy();
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain('Marked exempt: not for publication.');
    expect(backend.callsTo('library:setExempt')).toEqual([{ id: 3, exempt: true }]);

    await userEvent.click(screen.getByRole('button', { name: /Back/ }));
    await waitFor(() => expect(within(rowOf('Contract award appendix')).queryByText('EXEMPT')).not.toBeNull());
    expect(within(rowOf('Library opening hours')).queryByText('EXEMPT')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Contract award appendix' }));
    const again = await screen.findByRole('button', { name: 'Exempt (Part 2)' });
    expect(again.getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(again);
    await waitFor(() => expect(screen.queryByText(EXEMPT_MARKING)).toBeNull());
    expect(backend.callsTo('library:setExempt')).toEqual([
      { id: 3, exempt: true },
      { id: 3, exempt: false },
    ]);
  });

  it('ask before exporting the notes of a paper marked exempt, and export them once confirmed', async () => {
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:notes'), revokeObjectURL: vi.fn() });
    const backend = renderLibrary();
    await userEvent.click(await screen.findByRole('button', { name: 'Contract award appendix' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Export as Markdown' }));
    // Not exempt yet: exported straight away, without exempt papers.
    expect(backend.callsTo('annotations:export')).toEqual([{ format: 'md', filter: { documentId: 3 } }]);

    await userEvent.click(screen.getByRole('button', { name: 'Exempt (Part 2)' }));
    await waitFor(() => expect(screen.getByText(EXEMPT_MARKING)).toBeTruthy());
    await userEvent.click(screen.getByRole('button', { name: 'Export as Markdown' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Export notes on an exempt paper?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(backend.callsTo('annotations:export')).toHaveLength(1);

    await userEvent.click(screen.getByRole('button', { name: 'Export as Markdown' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export the notes' }));
    await waitFor(() => expect(backend.callsTo('annotations:export')).toHaveLength(2));
    expect(backend.callsTo('annotations:export')[1]).toEqual({ format: 'md', filter: { documentId: 3 }, includeExempt: true });
    vi.restoreAllMocks();
  });
});
