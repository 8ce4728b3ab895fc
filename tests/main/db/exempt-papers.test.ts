/** Exempt (Part 2) papers: the migration, marking and unmarking through the contract, and note exports. */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveAnnotation } from '../../../main/db/annotations.ts';
import { openDatabase } from '../../../main/db/connection.ts';
import { getDocument, insertDocument, listDocuments } from '../../../main/db/documents.ts';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../main/db/migrations.ts';
import { AppEvents } from '../../../main/events.ts';
import { dispatch } from '../../../main/ipc/dispatch.ts';
import { createHandlers } from '../../../main/ipc/handlers.ts';
import { openLibrary, type Library } from '../../../main/library/library.ts';
import { insertDocumentAtVersion1, newDocument } from '../../helpers/documents.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { annotation } from '../annotations/fixtures.ts';

describe('migration 007', () => {
  const tempDir = useTempDir();

  it('adds the exempt flag to a library of version 6, with every existing paper public', () => {
    const file = path.join(tempDir(), 'library.sqlite');
    const old = openDatabase(file, migrations.slice(0, 6));
    const id = insertDocumentAtVersion1(old, newDocument({ title: 'Contract award' }));
    old.close();

    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(getDocument(db, id)?.exempt).toBe(false);
    expect(() => db.prepare('UPDATE documents SET exempt = 2 WHERE id = ?').run(id)).toThrow(/CHECK constraint/);
    db.close();
  });
});

describe('marking papers exempt', () => {
  let library: Library;
  let handlers: ReturnType<typeof createHandlers>;
  let publicId: number;
  let exemptId: number;
  beforeEach(() => {
    library = openLibrary(':memory:');
    handlers = createHandlers(library, new AppEvents());
    publicId = insertDocument(library.db, newDocument({ title: 'Library opening hours', pages: ['Hours.'] }));
    exemptId = insertDocument(library.db, newDocument({ title: 'Contract award appendix', pages: ['Prices.'] }));
    saveAnnotation(library.db, annotation(publicId, { note: 'Ask about Sunday opening' }));
    saveAnnotation(library.db, annotation(exemptId, { note: 'Bidder B is £40k cheaper' }));
  });
  afterEach(() => library.close());

  const exportText = (args: Record<string, unknown>) => dispatch(handlers, 'annotations:export', { format: 'md', ...args });

  it('marks and unmarks a paper through the contract, and lists it as marked', async () => {
    expect(await dispatch(handlers, 'library:setExempt', { id: exemptId, exempt: true })).toEqual({ ok: true, value: { exempt: true } });
    expect(listDocuments(library.db).map((d) => [d.title, d.exempt])).toEqual([
      ['Contract award appendix', true],
      ['Library opening hours', false],
    ]);
    await dispatch(handlers, 'library:setExempt', { id: exemptId, exempt: false });
    expect(getDocument(library.db, exemptId)?.exempt).toBe(false);
  });

  it('says when the paper is not in the library, and refuses arguments that are not a yes or no', async () => {
    const missing = await dispatch(handlers, 'library:setExempt', { id: 999, exempt: true });
    expect(missing).toMatchObject({ ok: false, error: { message: 'Document 999 is not in the library.' } });
    const bad = await dispatch(handlers, 'library:setExempt', { id: exemptId, exempt: 'yes' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('leaves notes on exempt papers out of exports unless they are asked for', async () => {
    await dispatch(handlers, 'library:setExempt', { id: exemptId, exempt: true });
    const without = await exportText({});
    expect(without.ok && without.value).toMatchObject({ fileName: 'notes-and-questions.md' });
    const text = without.ok ? (without.value as { text: string }).text : '';
    expect(text).toContain('Ask about Sunday opening');
    expect(text).not.toContain('Bidder B');

    const all = await exportText({ includeExempt: true });
    expect(all.ok ? (all.value as { text: string }).text : '').toContain('Bidder B is £40k cheaper');

    const one = await exportText({ filter: { documentId: exemptId } });
    expect(one).toMatchObject({
      ok: false,
      error: {
        message: `Document ${exemptId} is exempt (Part 2, not for publication), so its notes are exported only when exempt papers are included.`,
      },
    });
  });
});
