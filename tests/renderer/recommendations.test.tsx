import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisterChange, RegisterEntry } from '../../shared/recommendations.ts';
import { RegisterView } from '../../renderer/features/recommendations/RegisterView.tsx';
import { defaultRegisterSettings, passageTerms, suggestSplit } from '../../renderer/features/recommendations/registerSettings.ts';
import { installFakeBackend, summary } from './fakeBackend.ts';

function entry(overrides: Partial<RegisterEntry> & { id: number }): RegisterEntry {
  return {
    documentId: 7,
    documentTitle: 'Council Tax Support Scheme',
    documentDate: '2026-01-20',
    committee: 'Cabinet',
    organisation: 'Gloucester City Council',
    number: overrides.id,
    pageIndex: 2,
    source: 'extracted',
    originalText: `Recommendation ${overrides.id} as extracted`,
    updatedAt: null,
    text: `Recommendation ${overrides.id} as extracted`,
    status: 'proposed',
    decision: null,
    decisionDate: null,
    owner: null,
    dueDate: null,
    response: null,
    ...overrides,
  };
}

function Harness({ onOpen = () => {} }: { onOpen?: (entry: RegisterEntry) => void }) {
  const [settings, setSettings] = useState(defaultRegisterSettings);
  return <RegisterView documents={[summary({ id: 7, title: 'Council Tax Support Scheme', pageCount: 5 })]} settings={settings} onSettingsChange={setSettings} onOpen={onOpen} />;
}

describe('register view', () => {
  let rows: RegisterEntry[];
  let userName: string | null;
  let history: RegisterChange[];

  function backend() {
    return installFakeBackend({
      'recommendations:list': ({ query }) => (query ? rows.filter((r) => r.text.includes(query)) : rows),
      'recommendations:lastChange': () => (history.length ? { description: history[0]!.description } : null),
      'recommendations:history': () => history,
      'settings:get': () => ({ userName }),
      'settings:set': ({ userName: name }) => {
        userName = name;
        return { userName };
      },
      'recommendations:update': ({ id, changes }) => {
        rows = rows.map((r) => (r.id === id ? { ...r, ...(changes as Partial<RegisterEntry>) } : r));
        history = [{ id: 1, at: '2026-03-12T10:00:00Z', userName: userName!, action: 'edit', description: 'Changed the status of recommendation 1', fields: [], undone: false }];
        return rows.find((r) => r.id === id)!;
      },
      'recommendations:undo': () => {
        history = [];
        return { description: 'Undid: Changed the status of recommendation 1' };
      },
      'recommendations:export': ({ format }) => ({ fileName: `register.${format}`, mimeType: 'text/csv', data: new Uint8Array([1]) }),
    });
  }

  beforeEach(() => {
    rows = [
      entry({ id: 1 }),
      entry({ id: 2, status: 'agreed', owner: 'Head of Revenues', dueDate: '2020-01-01' }),
      entry({ id: 3, status: 'rejected', committee: 'Overview and Scrutiny', documentId: 8, documentTitle: 'Libraries review', number: 1 }),
    ];
    userName = null;
    history = [];
  });
  afterEach(() => vi.restoreAllMocks());

  it('lists every recommendation with counts by status, and narrows by status, committee and overdue', async () => {
    backend();
    const user = userEvent.setup();
    render(<Harness />);
    const table = await screen.findByRole('table', { name: 'Recommendations register' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(screen.getByText('Showing 3 of 3 recommendations')).toBeTruthy();
    expect(within(table).getByText('Overdue')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: /^Agreed 1$/ }));
    expect(screen.getByRole('button', { name: /^Agreed 1$/ }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('Showing 1 of 3 recommendations')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^Agreed 1$/ }));

    await user.selectOptions(screen.getByLabelText('Committee'), 'Overview and Scrutiny');
    expect(screen.getByText('Showing 1 of 3 recommendations')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Committee'), '');
    await user.click(screen.getByLabelText('Overdue only'));
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2);
  });

  it('asks for a name on the first change, then saves only the changed fields and shows the history', async () => {
    const fake = backend();
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(await screen.findByRole('button', { name: 'Recommendation 1 as extracted' }));
    const editor = screen.getByRole('region', { name: /Recommendation 1 of “Council Tax Support Scheme”/ });
    await user.selectOptions(within(editor).getByLabelText('Status'), 'agreed-with-amendments');
    await user.type(within(editor).getByLabelText('Owner'), 'Director of Finance');
    await user.click(within(editor).getByRole('button', { name: 'Save changes' }));

    const dialog = await screen.findByRole('dialog', { name: 'Your name' });
    await user.type(within(dialog).getByLabelText('Name'), 'Sam Clerk');
    await user.click(within(dialog).getByRole('button', { name: 'Save name' }));

    await waitFor(() => expect(fake.callsTo('recommendations:update')).toHaveLength(1));
    expect(fake.callsTo('settings:set')).toEqual([{ userName: 'Sam Clerk' }]);
    expect(fake.callsTo('recommendations:update')[0]).toEqual({ id: 1, changes: { status: 'agreed-with-amendments', owner: 'Director of Finance' } });
    expect(await screen.findByText('Changes are recorded as Sam Clerk.', { exact: false })).toBeTruthy();
    expect(await within(editor).findByText('Changed the status of recommendation 1')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Undo: Changed the status/ })).toBeTruthy();
  });

  it('keeps unsaved edits while the register reloads its rows, as it does on every search', async () => {
    const fake = backend();
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(await screen.findByRole('button', { name: 'Recommendation 1 as extracted' }));
    // Opening the register asks for its rows once, not once per component that wants them.
    expect(fake.callsTo('recommendations:list')).toHaveLength(1);
    const editor = screen.getByRole('region', { name: /Recommendation 1 of “Council Tax Support Scheme”/ });
    await user.type(within(editor).getByLabelText('Owner'), 'Director of Finance');

    await user.type(screen.getByLabelText('Search recommendations, decisions and responses'), 'Recommendation');
    await waitFor(() => expect(fake.callsTo('recommendations:list').some((args) => args.query === 'Recommendation')).toBe(true));
    await waitFor(() => expect(screen.getAllByRole('button', { name: /as extracted$/ })).toHaveLength(3));
    expect((within(editor).getByLabelText('Owner') as HTMLInputElement).value).toBe('Director of Finance');
  });

  it('does not save when the name is not given', async () => {
    const fake = backend();
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(await screen.findByRole('button', { name: 'Recommendation 1 as extracted' }));
    const editor = screen.getByRole('region', { name: /Recommendation 1 of/ });
    await user.type(within(editor).getByLabelText('Owner'), 'Someone');
    await user.click(within(editor).getByRole('button', { name: 'Save changes' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Your name' })).getByRole('button', { name: 'Cancel' }));
    expect(fake.callsTo('recommendations:update')).toEqual([]);
    expect((within(editor).getByLabelText('Owner') as HTMLInputElement).value).toBe('Someone');
  });

  it('shows the text as extracted when it has been edited, and opens the report at the page', async () => {
    rows[0] = entry({ id: 1, text: 'Edited wording' });
    backend();
    const onOpen = vi.fn();
    const user = userEvent.setup();
    render(<Harness onOpen={onOpen} />);
    await user.click(await screen.findByRole('button', { name: 'Edited wording' }));
    expect(screen.getByText('As extracted from the report:')).toBeTruthy();
    expect(screen.getByText('Recommendation 1 as extracted')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Open in the report' }));
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 1, documentId: 7, pageIndex: 2 }));
  });

  it('undoes the last change from the button and with Ctrl+Z', async () => {
    userName = 'Sam';
    history = [{ id: 1, at: '2026-03-12T10:00:00Z', userName: 'Sam', action: 'edit', description: 'Changed the owner', fields: [], undone: false }];
    const fake = backend();
    const user = userEvent.setup();
    render(<Harness />);
    await screen.findByRole('button', { name: 'Undo: Changed the owner' });
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(fake.callsTo('recommendations:undo')).toHaveLength(1));
    expect(await screen.findByText('Undid: Changed the status of recommendation 1.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Undo:/ })).toBeNull();
  });

  it('exports exactly the filtered view', async () => {
    const fake = backend();
    const createObjectURL = vi.fn(() => 'blob:register');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(await screen.findByRole('button', { name: /^Rejected 1$/ }));
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(fake.callsTo('recommendations:export')[0]).toMatchObject({ format: 'csv', query: '', filter: { statuses: ['rejected'] } });
  });

  it('explains an empty register and a filter that matches nothing', async () => {
    rows = [];
    backend();
    const { unmount } = render(<Harness />);
    expect(await screen.findByRole('heading', { name: 'No recommendations yet' })).toBeTruthy();
    unmount();
    rows = [entry({ id: 1 })];
    backend();
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(await screen.findByRole('button', { name: /^Withdrawn 0$/ }));
    expect(screen.getByRole('heading', { name: 'No recommendations match' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(screen.getByRole('table')).toBeTruthy();
  });
});

describe('register passages and splits', () => {
  it('suggests splitting at the sentence end nearest the middle', () => {
    expect(suggestSplit('That the plan is adopted. That the Director reports back.')).toEqual(['That the plan is adopted.', 'That the Director reports back.']);
    expect(suggestSplit('one two three four')).toEqual(['one two', 'three four']);
  });

  it('highlights a recommendation by the opening words the report printed', () => {
    const text = 'That Cabinet approves the £1.2m scheme and that it is reviewed';
    expect(passageTerms({ text: 'Edited', originalText: text })).toEqual(['That Cabinet approves the £1.2m scheme and that']);
    expect(passageTerms({ text: 'Added  by hand', originalText: null })).toEqual(['Added by hand']);
  });
});
