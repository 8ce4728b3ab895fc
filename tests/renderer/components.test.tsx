import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { SNIPPET_MARK_END as END, SNIPPET_MARK_START as START } from '../../shared/domain.ts';
import { ConfirmDialog } from '../../renderer/components/ConfirmDialog.tsx';
import { DocumentTable } from '../../renderer/components/DocumentTable.tsx';
import type { DocumentSort } from '../../shared/document-order.ts';
import { ErrorBanner } from '../../renderer/components/ErrorBanner.tsx';
import { ProgressBar } from '../../renderer/components/ProgressBar.tsx';
import { Snippet } from '../../renderer/components/Snippet.tsx';
import { summary } from './fakeBackend.ts';

describe('Snippet', () => {
  it('renders each marked match as <mark> and the rest as plain text', () => {
    const { container } = render(<Snippet snippet={`the ${START}spending${END} gap and ${START}savings${END}.`} />);
    expect(Array.from(container.querySelectorAll('mark'), (mark) => mark.textContent)).toEqual(['spending', 'savings']);
    expect(container.textContent).toBe('the spending gap and savings.');
  });

  it('shows markup in a snippet as text, never as HTML', () => {
    const { container } = render(<Snippet snippet={`<img src=x onerror=alert(1)> ${START}<b>bold</b>${END}`} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('mark')?.textContent).toBe('<b>bold</b>');
  });
});

describe('ProgressBar', () => {
  it('exposes its value, maximum and label to assistive technology', () => {
    render(<ProgressBar value={3} max={12} label="Importing 3 of 12: minutes.pdf" />);
    const bar = screen.getByRole('progressbar', { name: 'Importing 3 of 12: minutes.pdf' });
    expect(bar.getAttribute('aria-valuenow')).toBe('3');
    expect(bar.getAttribute('aria-valuemax')).toBe('12');
  });
});

describe('ErrorBanner', () => {
  it('is an alert and can be dismissed', async () => {
    const onDismiss = vi.fn();
    render(<ErrorBanner message="The library could not be opened." onDismiss={onDismiss} />);
    expect(screen.getByRole('alert').textContent).toContain('The library could not be opened.');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});

describe('ConfirmDialog', () => {
  function Harness({ onConfirm }: { onConfirm: () => void }) {
    const [open, setOpen] = useState(false);
    return (
      <>
        <button type="button" onClick={() => setOpen(true)}>
          Delete
        </button>
        {open && (
          <ConfirmDialog title="Delete this document?" confirmLabel="Delete from library" onConfirm={onConfirm} onCancel={() => setOpen(false)}>
            <p>It will be removed.</p>
          </ConfirmDialog>
        )}
      </>
    );
  }

  it('opens as a modal with focus on Cancel, and gives focus back when cancelled', async () => {
    const onConfirm = vi.fn();
    render(<Harness onConfirm={onConfirm} />);
    const trigger = screen.getByRole('button', { name: 'Delete' });
    await userEvent.click(trigger);

    const dialog = screen.getByRole('alertdialog', { name: 'Delete this document?' });
    expect(dialog.textContent).toContain('It will be removed.');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));

    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(trigger);
  });

  it('treats Escape (the dialog’s cancel event) as Cancel', async () => {
    render(<Harness onConfirm={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent(screen.getByRole('alertdialog'), new Event('cancel', { cancelable: true }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('confirms only through its confirm button', async () => {
    const onConfirm = vi.fn();
    render(<Harness onConfirm={onConfirm} />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete from library' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});

describe('DocumentTable', () => {
  const dateFirst: DocumentSort = { key: 'date', direction: 'descending' };

  function renderTable(count: number, overrides: Partial<Parameters<typeof DocumentTable>[0]> = {}) {
    const documents = Array.from({ length: count }, (_, index) => summary({ id: index + 1, title: `Paper ${index + 1}` }));
    const props = {
      documents,
      caption: 'Documents',
      sort: dateFirst,
      onSort: vi.fn(),
      onOpen: vi.fn(),
      focusDocumentId: null,
      onFocusRestored: vi.fn(),
      ...overrides,
    };
    render(<DocumentTable {...props} />);
    return props;
  }

  /** jsdom lays nothing out: give the page the height its rows would have, so it can scroll to any of them. */
  function pretendPageHeight(rows: number) {
    Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: rows * 56 + 1000 });
  }

  afterEach(() => {
    Reflect.deleteProperty(document.documentElement, 'scrollHeight');
  });

  function bodyRows(): HTMLElement[] {
    return screen.getAllByRole('row').filter((row) => row.hasAttribute('data-index'));
  }

  it('draws only the rows near the screen for a 10,000-document library, and tells the true row count', () => {
    renderTable(10_000);
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('10001');
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(100);
    expect(rows[0]?.textContent).toContain('Paper 1');
  });

  it('marks the sorted column with aria-sort and asks for a new sort when a header is clicked', async () => {
    const props = renderTable(3);
    const dateHeader = screen.getByRole('columnheader', { name: /Date/ });
    expect(dateHeader.getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByRole('columnheader', { name: /Title/ }).hasAttribute('aria-sort')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: /Committee/ }));
    expect(props.onSort).toHaveBeenCalledWith('committee');
  });

  it('opens a row on click and on Enter', async () => {
    const props = renderTable(3);
    await userEvent.click(bodyRows()[1]!);
    expect(props.onOpen).toHaveBeenLastCalledWith(expect.objectContaining({ id: 2 }));

    act(() => screen.getByRole('button', { name: 'Paper 3' }).focus());
    await userEvent.keyboard('{Enter}');
    expect(props.onOpen).toHaveBeenLastCalledWith(expect.objectContaining({ id: 3 }));
    expect(props.onOpen).toHaveBeenCalledTimes(2);
  });

  it('is one Tab stop, with arrow keys, Home and End moving between rows, even to rows not yet drawn', async () => {
    pretendPageHeight(10_000);
    renderTable(10_000);
    const tabStops = bodyRows().filter((row) => row.querySelector('[tabindex="0"]'));
    expect(tabStops).toHaveLength(1);

    for (const header of ['Kind', 'Title', 'Date', 'Committee', 'Organisation']) {
      await userEvent.tab();
      expect(document.activeElement?.textContent).toContain(header);
    }
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('Paper 1');
    await userEvent.tab();
    expect(document.activeElement).toBe(document.body);
    await userEvent.tab({ shift: true });
    expect(document.activeElement?.textContent).toBe('Paper 1');

    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Paper 3');
    await userEvent.keyboard('{ArrowUp}');
    expect(document.activeElement?.textContent).toBe('Paper 2');

    await userEvent.keyboard('{End}');
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Paper 10000'));
    expect(bodyRows().length).toBeLessThan(100);

    await userEvent.keyboard('{Home}');
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Paper 1'));
  });

  it('scrolls to and focuses the row it is asked to restore, once', async () => {
    pretendPageHeight(500);
    const props = renderTable(500, { focusDocumentId: 400 });
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Paper 400'));
    expect(props.onFocusRestored).toHaveBeenCalledTimes(1);
  });
});
