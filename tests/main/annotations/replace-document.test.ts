import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { listAnnotations, saveAnnotation } from '../../../main/db/annotations.ts';
import { listDocumentVersions } from '../../../main/db/document-versions.ts';
import { deleteDocument, getDocument, getOriginalBytes } from '../../../main/db/documents.ts';
import { replaceDocument } from '../../../main/annotations/replace-document.ts';
import { importSources } from '../../../main/library/import-service.ts';
import { openLibrary, type Library } from '../../../main/library/library.ts';
import { makePdf } from '../../helpers/make-pdf.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { annotation, highlightOf } from './fixtures.ts';

const GAP = 'The spending gap for libraries is £1.2m in 2026/27.';
const TITLE = 'Review of Library Opening Hours';

async function importPdf(library: Library, pages: string[]): Promise<number> {
  const bytes = await makePdf({ title: TITLE, pages });
  const [outcome] = await importSources(library.db, library.parser(), [{ name: 'review.pdf', read: async () => bytes }]);
  if (!outcome?.documentId) throw new Error(`import failed: ${outcome?.error}`);
  return outcome.documentId;
}

describe('replacing a document with a new version', () => {
  const tempDir = useTempDir();
  let library: Library;
  beforeEach(() => {
    library = openLibrary(path.join(tempDir(), 'library.sqlite'));
  });
  afterEach(() => library.close());

  it('keeps the id, moves highlights to where their passage now is, orphans the rest and keeps the old file', async () => {
    const id = await importPdf(library, [`Committee: Scrutiny\nFinance. ${GAP} Staffing is unchanged.`, 'Next steps.']);
    const before = getDocument(library.db, id);
    if (!before) throw new Error('not imported');
    const pages = before.pages.map((p) => p.text);
    const gapNote = saveAnnotation(library.db, annotation(id, { target: highlightOf(pages, GAP, 0), note: 'Ask about the gap' }));
    const staffNote = saveAnnotation(library.db, annotation(id, { target: highlightOf(pages, 'Staffing is unchanged', 0), note: 'Check' }));
    const pageNote = saveAnnotation(library.db, annotation(id, { target: { type: 'page', pageIndex: 1 }, note: 'page 2' }));
    const oldBytes = getOriginalBytes(library.db, id);

    const edited = await makePdf({ title: TITLE, pages: ['Committee: Scrutiny\nFinance overview, rewritten.', `Moved to page two: ${GAP}`] });
    const outcome = await replaceDocument(library.db, library.parser(), id, { name: 'review-v2.pdf', data: edited });

    expect(outcome).toMatchObject({ documentId: id, moved: 1, movedApproximately: 0 });
    expect(outcome.orphaned.map((a) => a.note)).toEqual(['Check']);
    const after = listAnnotations(library.db, { documentId: id });
    const gap = after.find((a) => a.id === gapNote.id);
    expect(gap?.target.type === 'text' && gap.target.anchor.pageIndex).toBe(1);
    expect(gap?.target.type === 'text' && gap.target.anchor.rects).toEqual([]);
    expect(after.find((a) => a.id === staffNote.id)).toMatchObject({ orphaned: true, note: 'Check' });
    expect(after.find((a) => a.id === pageNote.id)).toMatchObject({ orphaned: false });

    expect(getDocument(library.db, id)?.fileName).toBe('review-v2.pdf');
    const [version] = listDocumentVersions(library.db, id);
    expect(version).toMatchObject({ version: 1, fileName: 'review.pdf' });
    const kept = library.db.prepare('SELECT data FROM files WHERE sha256 = ?').get(version?.sha256) as { data: Buffer };
    expect(Buffer.from(kept.data).equals(Buffer.from(oldBytes as Uint8Array))).toBe(true);

    // Deleting the document releases every version's file.
    deleteDocument(library.db, id);
    expect(library.db.prepare('SELECT count(*) AS n FROM files').get()).toEqual({ n: 0 });
  });

  it('changes nothing when the new file cannot be read', async () => {
    const id = await importPdf(library, [GAP]);
    const note = saveAnnotation(library.db, annotation(id, { target: highlightOf(getDocument(library.db, id)!.pages.map((p) => p.text), GAP) }));
    await expect(
      replaceDocument(library.db, library.parser(), id, { name: 'broken.pdf', data: new TextEncoder().encode('%PDF-1.7 broken') }),
    ).rejects.toThrow(/broken\.pdf/);
    expect(getDocument(library.db, id)?.fileName).toBe('review.pdf');
    expect(listAnnotations(library.db)).toEqual([{ ...note, documentTitle: TITLE }]);
    expect(listDocumentVersions(library.db, id)).toEqual([]);
  });

  it('refuses the same file again, with a clear message', async () => {
    const bytes = await makePdf({ title: TITLE, pages: [GAP] });
    const [outcome] = await importSources(library.db, library.parser(), [{ name: 'a.pdf', read: async () => bytes }]);
    await expect(replaceDocument(library.db, library.parser(), outcome!.documentId!, { name: 'a.pdf', data: bytes })).rejects.toThrow(
      /already in the library/,
    );
  });
});
