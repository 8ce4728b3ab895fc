import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveAnnotation } from '../../main/db/annotations.ts';
import { openDatabase } from '../../main/db/connection.ts';
import { getDocument } from '../../main/db/documents.ts';
import { makePdf } from '../helpers/make-pdf.ts';
import { segments } from '../helpers/search-index.ts';
import { annotation, highlightOf } from '../main/annotations/fixtures.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { briefing } from './run-briefing.ts';

describe('briefing CLI', () => {
  const tempDir = useTempDir();

  async function papers() {
    const dir = path.join(tempDir(), 'papers');
    fs.mkdirSync(path.join(dir, 'supplement'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'budget.pdf'),
      await makePdf({
        title: 'Budget Monitoring Report',
        pages: ['Meeting: Cabinet\nDate: 11 March 2026\nThe libraries face a spending gap.', 'Second page about reserves.'],
      }),
    );
    fs.writeFileSync(path.join(dir, 'supplement', 'note.md'), '---\ntitle: Council tax explained\nauthor: Jo Bloggs\n---\n\nCouncil tax pays for libraries.\n');
    fs.writeFileSync(path.join(dir, 'broken.pdf'), '%PDF-1.7\nthis is not really a PDF');
    return dir;
  }

  it('imports a folder recursively, reports each file, and exits 1 when one failed', async () => {
    const dir = await papers();
    const db = path.join(tempDir(), 'lib.sqlite');
    const { code, stdout } = briefing(['import', '--db', db, '--json', dir]);
    expect(code).toBe(1);
    const outcomes = JSON.parse(stdout) as { file: string; status: string; documentId?: number; error?: string }[];
    expect(outcomes.map((o) => [path.relative(dir, o.file), o.status])).toEqual([
      ['broken.pdf', 'failed'],
      ['budget.pdf', 'imported'],
      [path.join('supplement', 'note.md'), 'imported'],
    ]);
    expect(outcomes[0]?.error).toMatch(/PDF/);
    expect(outcomes[1]?.documentId).toBeGreaterThan(0);
    // Each paper was written on its own; the command leaves each search index in one piece.
    const library = openDatabase(db);
    expect([segments(library, 'pages_fts'), segments(library, 'document_text_fts')]).toEqual([1, 1]);
    library.close();
  });

  it('reports a re-import as a duplicate and stores nothing twice', async () => {
    const dir = await papers();
    const db = path.join(tempDir(), 'lib.sqlite');
    briefing(['import', '--db', db, path.join(dir, 'budget.pdf')]);
    const again = briefing(['import', '--db', db, '--json', path.join(dir, 'budget.pdf')]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual([{ file: path.join(dir, 'budget.pdf'), status: 'duplicate', documentId: 1 }]);
    const list = JSON.parse(briefing(['list', '--db', db, '--json']).stdout) as unknown[];
    expect(list).toHaveLength(1);
  });

  it('imports an edited paper with the same title, committee and date as a new version, saying what became of the notes', async () => {
    const dir = path.join(tempDir(), 'versions');
    fs.mkdirSync(dir);
    const gap = 'The libraries face a spending gap.';
    const frontSheet = 'Meeting: Cabinet\nDate: 11 March 2026\n';
    const write = async (name: string, pages: string[]) => {
      fs.writeFileSync(path.join(dir, name), await makePdf({ title: 'Budget Monitoring Report', pages }));
      return path.join(dir, name);
    };
    const db = path.join(tempDir(), 'lib.sqlite');
    expect(briefing(['import', '--db', db, await write('budget.pdf', [`${frontSheet}${gap} Staffing is unchanged.`])]).code).toBe(0);
    const library = openDatabase(db);
    const pages = getDocument(library, 1)!.pages.map((p) => p.text);
    saveAnnotation(library, annotation(1, { target: highlightOf(pages, gap), note: 'Ask about the gap' }));
    saveAnnotation(library, annotation(1, { target: highlightOf(pages, 'Staffing is unchanged.'), note: 'Check' }));
    library.close();

    const v2 = await write('budget-v2.pdf', [`${frontSheet}Rewritten introduction.`, gap]);
    const human = briefing(['import', '--db', db, v2]);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain(`imported   ${v2} as a new version of document 1: 1 note moved, 1 could not be placed\n`);

    const v3 = await write('budget-v3.pdf', [`${frontSheet}Rewritten again.`, gap]);
    const json = JSON.parse(briefing(['import', '--db', db, '--json', v3]).stdout) as unknown[];
    // The note orphaned by version 2 is still waiting to be placed, so it is counted again.
    expect(json).toEqual([{ file: v3, status: 'imported', documentId: 1, replaced: { previousVersion: 2, moved: 1, orphaned: 1 } }]);
    expect(JSON.parse(briefing(['list', '--db', db, '--json']).stdout)).toHaveLength(1);
  });

  it('lists and searches what was imported, using BRIEFING_DB when no --db is given', async () => {
    const dir = await papers();
    const db = path.join(tempDir(), 'env.sqlite');
    briefing(['import', dir], { BRIEFING_DB: db });
    const list = JSON.parse(briefing(['list', '--json'], { BRIEFING_DB: db }).stdout) as { title: string }[];
    expect(list.map((d) => d.title).sort()).toEqual(['Budget Monitoring Report', 'Council tax explained']);

    const search = briefing(['search', '--json', 'spending', 'gap'], { BRIEFING_DB: db });
    expect(search.code).toBe(0);
    const hits = JSON.parse(search.stdout) as { title: string; pageIndex: number; snippet: string }[];
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ title: 'Budget Monitoring Report', pageIndex: 0 });
    expect(hits[0]?.snippet).toContain('**spending** **gap**');

    const human = briefing(['search', 'libraries'], { BRIEFING_DB: db });
    expect(human.stdout).toContain('Budget Monitoring Report');
    expect(human.stdout).toContain('Council tax explained');
  });

  it('extracts metadata as JSON in input order without creating a library', async () => {
    const dir = await papers();
    const home = path.join(tempDir(), 'home');
    const { code, stdout } = briefing(['extract', '--json', path.join(dir, 'supplement', 'note.md'), path.join(dir, 'budget.pdf')], {
      HOME: home,
      XDG_CONFIG_HOME: path.join(home, '.config'),
    });
    expect(code).toBe(0);
    const entries = JSON.parse(stdout) as Record<string, unknown>[];
    expect(entries.map((e) => e.file)).toEqual([path.join(dir, 'supplement', 'note.md'), path.join(dir, 'budget.pdf')]);
    expect(entries[0]).toMatchObject({ kind: 'article', title: 'Council tax explained', author: 'Jo Bloggs' });
    expect(entries[1]).toMatchObject({ kind: 'report', title: 'Budget Monitoring Report', date: '2026-03-11' });
    for (const entry of entries) {
      expect(Object.keys(entry).sort()).toEqual(
        ['author', 'committee', 'date', 'file', 'headings', 'kind', 'organisation', 'recommendations', 'title'].sort(),
      );
    }
    expect(fs.existsSync(home)).toBe(false);
  });

  it('exits 2 with the usage on bad usage', () => {
    const noPaths = briefing(['import']);
    expect(noPaths.code).toBe(2);
    expect(noPaths.stderr).toContain('import needs at least one file or folder');
    expect(noPaths.stderr).toContain('Usage: briefing');
    expect(briefing(['frobnicate']).code).toBe(2);
    expect(briefing(['list', '--no-such-option']).code).toBe(2);
  });

  it('names a missing path and carries on with the rest', async () => {
    const dir = await papers();
    const db = path.join(tempDir(), 'lib.sqlite');
    const { code, stdout } = briefing(['import', '--db', db, path.join(dir, 'nope.pdf'), path.join(dir, 'budget.pdf')]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/failed +.*nope\.pdf: no such file or folder/);
    expect(stdout).toMatch(/imported +.*budget\.pdf/);
    expect(stdout).toContain('1 imported, 0 already in the library, 1 failed');
  });

  it('refuses a library written by a newer version, with exit 1 and the reason', async () => {
    const db = path.join(tempDir(), 'future.sqlite');
    const Database = (await import('better-sqlite3')).default;
    const raw = new Database(db);
    raw.pragma('user_version = 999');
    raw.close();
    const { code, stderr } = briefing(['list', '--db', db]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/newer version of Briefing Desk/);
  });
});
