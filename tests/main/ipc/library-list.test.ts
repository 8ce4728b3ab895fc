import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertDocument } from '../../../main/db/documents.ts';
import { AppEvents } from '../../../main/events.ts';
import { dispatch, type Handlers } from '../../../main/ipc/dispatch.ts';
import { createHandlers } from '../../../main/ipc/handlers.ts';
import { openLibrary, type Library } from '../../../main/library/library.ts';
import { newDocument } from '../../helpers/documents.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';

describe('library list calls', () => {
  const tempDir = useTempDir();
  let library: Library;
  let handlers: Handlers;

  beforeEach(() => {
    library = openLibrary(path.join(tempDir(), 'library.sqlite'));
    for (const [title, date] of [['Old', '2021-05-01'], ['Newest', '2024-09-30'], ['Middle', '2023-01-15'], ['Undated', null]] as const) {
      insertDocument(library.db, newDocument({ title, date }));
    }
    handlers = createHandlers(library, new AppEvents());
  });

  afterEach(async () => {
    await library.close();
  });

  it('gives the start of the list in the same order as the whole list, with the library size', async () => {
    const whole = await dispatch(handlers, 'library:list', {});
    expect(whole).toMatchObject({ ok: true });
    const titles = whole.ok ? (whole.value as { title: string }[]).map((d) => d.title) : [];
    expect(titles).toEqual(['Newest', 'Middle', 'Old', 'Undated']);

    const start = await dispatch(handlers, 'library:listStart', { count: 2 });
    expect(start.ok && start.value).toMatchObject({ total: 4, documents: [{ title: 'Newest' }, { title: 'Middle' }] });
    const all = await dispatch(handlers, 'library:listStart', { count: 500 });
    expect(all.ok && (all.value as { documents: unknown[] }).documents).toHaveLength(4);
  });
});
