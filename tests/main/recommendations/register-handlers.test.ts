import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertDocument } from '../../../main/db/documents.ts';
import { AppEvents } from '../../../main/events.ts';
import { dispatch, type Handlers } from '../../../main/ipc/dispatch.ts';
import { createHandlers } from '../../../main/ipc/handlers.ts';
import { openLibrary, type Library } from '../../../main/library/library.ts';
import { newDocument } from '../../helpers/documents.ts';

describe('register and settings calls', () => {
  let library: Library;
  let handlers: Handlers;
  let id: number;

  beforeEach(() => {
    library = openLibrary(':memory:');
    handlers = createHandlers(library, new AppEvents());
    insertDocument(library.db, newDocument({ recommendations: [{ text: 'That the plan is adopted.', pageIndex: 0 }] }));
    id = (library.db.prepare('SELECT id FROM recommendations').get() as { id: number }).id;
  });
  afterEach(() => library.close());

  it('asks for a name before the first change, then records changes under it', async () => {
    expect(await dispatch(handlers, 'settings:get', {})).toEqual({ ok: true, value: { userName: null } });
    const refused = await dispatch(handlers, 'recommendations:update', { id, changes: { status: 'agreed' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'failed', message: expect.stringMatching(/Set your name/) } });

    expect(await dispatch(handlers, 'settings:set', { userName: '  Sam Clerk ' })).toEqual({ ok: true, value: { userName: 'Sam Clerk' } });
    const updated = await dispatch(handlers, 'recommendations:update', { id, changes: { status: 'agreed', owner: '  ', dueDate: '' } });
    expect(updated).toMatchObject({ ok: true, value: { status: 'agreed', owner: null, dueDate: null } });
    const history = await dispatch(handlers, 'recommendations:history', { id });
    expect(history).toMatchObject({ ok: true, value: [{ userName: 'Sam Clerk', action: 'edit' }] });
    expect(await dispatch(handlers, 'recommendations:lastChange', {})).toMatchObject({ ok: true, value: { description: expect.stringMatching(/Agreed/) } });
  });

  it('refuses impossible dates, unknown statuses and empty text with messages naming the field', async () => {
    await dispatch(handlers, 'settings:set', { userName: 'Sam' });
    const badDate = await dispatch(handlers, 'recommendations:update', { id, changes: { dueDate: '2026-02-30' } });
    expect(badDate).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/changes\.dueDate: must be a date/) } });
    const badStatus = await dispatch(handlers, 'recommendations:update', { id, changes: { status: 'sort of' } });
    expect(badStatus).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/changes\.status/) } });
    const empty = await dispatch(handlers, 'recommendations:split', { id, firstText: 'a', secondText: '   ' });
    expect(empty).toMatchObject({ ok: false, error: { message: expect.stringMatching(/secondText: cannot be empty/) } });
    expect(await dispatch(handlers, 'recommendations:history', { id: 9999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('exports the filtered register as a file the renderer can save', async () => {
    const csv = await dispatch(handlers, 'recommendations:export', { format: 'csv', filter: { statuses: ['proposed'] }, today: '2026-03-12' });
    expect(csv).toMatchObject({ ok: true, value: { fileName: 'recommendations-register-2026-03-12.csv', mimeType: 'text/csv' } });
    const pdf = await dispatch(handlers, 'recommendations:export', { format: 'pdf', today: '2026-03-12' });
    expect(pdf.ok && new TextDecoder().decode((pdf.value as { data: Uint8Array }).data.subarray(0, 5))).toBe('%PDF-');
  });
});
