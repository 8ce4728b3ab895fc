import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAnnotations, saveAnnotation } from '../../../main/db/annotations.ts';
import { listDocumentVersions } from '../../../main/db/document-versions.ts';
import { getDocument, listDocuments } from '../../../main/db/documents.ts';
import { searchLibrary } from '../../../main/db/search.ts';
import { importSources } from '../../../main/library/import-service.ts';
import { openLibrary, type Library } from '../../../main/library/library.ts';
import { ParsePool } from '../../../main/library/parse-pool.ts';
import type { ImportOutcome } from '../../../shared/domain.ts';
import { makePdf } from '../../helpers/make-pdf.ts';
import { annotation, highlightOf } from '../annotations/fixtures.ts';

const GAP = 'The spending gap for libraries is £1.2m in 2026/27.';
const STAFFING = 'Staffing is unchanged this quarter.';
const frontSheet = (date: string, committee = 'Cabinet') => `Meeting: ${committee}\nDate: ${date}\n`;

describe('importing a new version of a paper already in the library', () => {
  const pool = new ParsePool(2);
  let library: Library;
  beforeEach(() => {
    library = openLibrary(':memory:');
  });
  afterEach(() => library.close());
  afterAll(() => pool.close());

  async function importPdf(name: string, title: string, pages: string[]): Promise<ImportOutcome> {
    return importBytes(name, await makePdf({ title, pages }));
  }

  async function importBytes(name: string, bytes: Uint8Array): Promise<ImportOutcome> {
    const [outcome] = await importSources(library.db, pool, [{ name, read: async () => bytes }]);
    if (!outcome || outcome.status === 'failed') throw new Error(`import of ${name} failed: ${outcome?.error}`);
    return outcome;
  }

  it('stores an edited paper with the same title, committee and date as a new version, moving its notes', async () => {
    const first = await importPdf('budget.pdf', 'Budget Monitoring Report', [`${frontSheet('11 March 2026')}${GAP} ${STAFFING}`, 'Next steps.']);
    const id = first.documentId as number;
    const pages = getDocument(library.db, id)!.pages.map((p) => p.text);
    const gapNote = saveAnnotation(library.db, annotation(id, { target: highlightOf(pages, GAP, 0), note: 'Ask about the gap' }));
    const staffNote = saveAnnotation(library.db, annotation(id, { target: highlightOf(pages, STAFFING, 0), note: 'Check' }));

    const edited = await makePdf({
      title: 'BUDGET MONITORING REPORT',
      pages: [`${frontSheet('11 March 2026')}Finance overview, rewritten.`, `Moved to page two: ${GAP}`],
    });
    const second = await importBytes('budget-v2.pdf', edited);

    expect(second).toEqual({ file: 'budget-v2.pdf', status: 'imported', documentId: id, replaced: { previousVersion: 1, moved: 1, orphaned: 1 } });
    expect(listDocuments(library.db)).toHaveLength(1);
    expect(getDocument(library.db, id)?.fileName).toBe('budget-v2.pdf');
    expect(listDocumentVersions(library.db, id)).toMatchObject([{ version: 1, fileName: 'budget.pdf' }]);
    const notes = listAnnotations(library.db, { documentId: id });
    const gap = notes.find((a) => a.id === gapNote.id);
    expect(gap?.target.type === 'text' && gap.target.anchor.pageIndex).toBe(1);
    expect(notes.find((a) => a.id === staffNote.id)).toMatchObject({ orphaned: true, note: 'Check' });
    expect(searchLibrary(library.db, 'rewritten').map((h) => h.documentId)).toEqual([id]);

    // The same file again is still a duplicate, not yet another version.
    expect(await importBytes('copy.pdf', edited)).toEqual({ file: 'copy.pdf', status: 'duplicate', documentId: id });
    expect(listDocumentVersions(library.db, id)).toHaveLength(1);
  });

  it('keeps a same-titled paper for another meeting date or another committee as a paper of its own', async () => {
    const march = await importPdf('q3.pdf', 'Budget Monitoring Report', [`${frontSheet('11 March 2026')}${GAP}`]);
    const june = await importPdf('q4.pdf', 'Budget Monitoring Report', [`${frontSheet('10 June 2026')}Outturn figures.`]);
    const scrutiny = await importPdf('q3-scrutiny.pdf', 'Budget Monitoring Report', [
      `${frontSheet('11 March 2026', 'Overview and Scrutiny Committee')}${GAP} As reported to Cabinet.`,
    ]);

    expect([march, june, scrutiny].map((o) => getDocument(library.db, o.documentId as number)?.committee)).toEqual([
      'Cabinet',
      'Cabinet',
      'Overview and Scrutiny Committee',
    ]);
    expect([march, june, scrutiny].map((o) => o.replaced)).toEqual([undefined, undefined, undefined]);
    expect(new Set([march.documentId, june.documentId, scrutiny.documentId]).size).toBe(3);
    expect(listDocuments(library.db)).toHaveLength(3);
    expect(listDocumentVersions(library.db, march.documentId as number)).toEqual([]);
  });
});
