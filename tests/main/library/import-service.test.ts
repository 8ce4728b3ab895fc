import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../shared/domain.ts';
import { getDocument, getOriginalBytes, listDocuments } from '../../../main/db/documents.ts';
import { searchLibrary } from '../../../main/db/search.ts';
import { AppEvents } from '../../../main/events.ts';
import { dispatch } from '../../../main/ipc/dispatch.ts';
import { createHandlers } from '../../../main/ipc/handlers.ts';
import { importSources, type ImportSource } from '../../../main/library/import-service.ts';
import { openLibrary, type Library } from '../../../main/library/library.ts';
import { ParsePool } from '../../../main/library/parse-pool.ts';
import { makePdf } from '../../helpers/make-pdf.ts';
import { segments } from '../../helpers/search-index.ts';

const bytesSource = (name: string, bytes: Uint8Array): ImportSource => ({ name, read: async () => bytes });
const text = (s: string) => new TextEncoder().encode(s);

describe('importSources', () => {
  const pool = new ParsePool(2);
  let library: Library;
  beforeEach(() => {
    library = openLibrary(':memory:');
  });
  afterEach(() => library.close());
  afterAll(() => pool.close());

  it('imports each file in its own transaction and carries on past failures', async () => {
    const pdf = await makePdf({ title: 'Finance Team Resources', pages: ['Cabinet is asked to approve the posts.', 'Appendix'] });
    const outcomes = await importSources(library.db, pool, [
      bytesSource('empty.txt', new Uint8Array()),
      bytesSource('resources.pdf', pdf),
      bytesSource('truncated.pdf', pdf.slice(0, 400)),
      bytesSource('notes.txt', text('Questions to ask about the spending gap.')),
    ]);
    expect(outcomes.map((o) => [o.file, o.status])).toEqual([
      ['empty.txt', 'failed'],
      ['resources.pdf', 'imported'],
      ['truncated.pdf', 'failed'],
      ['notes.txt', 'imported'],
    ]);
    expect(outcomes[0]?.error).toMatch(/empty/);
    expect(listDocuments(library.db)).toHaveLength(2);
    const doc = getDocument(library.db, outcomes[1]?.documentId as number);
    expect(doc).toMatchObject({ title: 'Finance Team Resources', format: 'pdf', pageCount: 2 });
    expect(doc?.pages[0]?.text).toContain('Cabinet is asked to approve the posts.');
    expect(Buffer.from(getOriginalBytes(library.db, doc!.id)!).equals(Buffer.from(pdf))).toBe(true);
    expect(searchLibrary(library.db, 'spending gap').map((h) => h.documentId)).toEqual([outcomes[3]?.documentId]);
  });

  it('reports the same content twice in one batch as a duplicate, stored once', async () => {
    const same = text('Identical paper.');
    const outcomes = await importSources(library.db, pool, [bytesSource('a.txt', same), bytesSource('b.txt', same)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['duplicate', 'imported']);
    expect(outcomes[0]?.documentId).toBe(outcomes[1]?.documentId);
    expect(library.db.prepare('SELECT count(*) AS n FROM files').get()).toEqual({ n: 1 });
  });

  it('names an unreadable source and reports progress for every file', async () => {
    const progress: number[] = [];
    const gone: ImportSource = {
      name: 'vanished.pdf',
      read: () => Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' })),
    };
    const outcomes = await importSources(library.db, pool, [gone, bytesSource('ok.txt', text('fine'))], (r) =>
      progress.push(r.done),
    );
    expect(outcomes[0]).toEqual({ file: 'vanished.pdf', status: 'failed', error: 'cannot read the file: it no longer exists' });
    expect(progress.sort()).toEqual([1, 2]);
  });
});

describe('library:import handler', () => {
  it('validates input, imports, and emits progress events for the job', async () => {
    const library = openLibrary(':memory:');
    const events = new AppEvents();
    const seen: AppEvent[] = [];
    events.subscribe((e) => seen.push(e));
    const handlers = createHandlers(library, events);
    try {
      const bad = await dispatch(handlers, 'library:import', { jobId: 'j1', files: [{ name: 'x.txt', data: 'not bytes' }] });
      expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });

      const result = await dispatch(handlers, 'library:import', {
        jobId: 'j2',
        files: [
          { name: 'one.txt', data: text('First paper') },
          { name: 'two.md', data: text('# Second paper\n\nBody') },
        ],
      });
      expect(result).toMatchObject({ ok: true, value: [{ status: 'imported' }, { status: 'imported' }] });
      expect(seen).toHaveLength(2);
      expect(seen.map((e) => e.type === 'import-progress' && [e.progress.jobId, e.progress.total])).toEqual([
        ['j2', 2],
        ['j2', 2],
      ]);
      expect(seen.map((e) => e.type === 'import-progress' && e.progress.done).sort()).toEqual([1, 2]);
      // Each paper left the page index another segment; once the batch is in, they are merged.
      expect(segments(library.db, 'pages_fts')).toBe(2);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(segments(library.db, 'pages_fts')).toBe(1);
    } finally {
      await library.close();
    }
  });
});
