import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/connection.ts';
import { insertDocument } from '../../../main/db/documents.ts';
import { addAgendaItem, attachDocument, createMeeting, detachDocument, getMeeting } from '../../../main/db/meetings.ts';
import { buildMeetingPack, exportEdition, packDocumentFromLibrary } from '../../../main/pack/meeting-pack.ts';
import { DEFAULT_PACK_OPTIONS } from '../../../shared/meetings.ts';
import { newDocument } from '../../helpers/documents.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { makeOriginal, pageCount, pageText, qpdfCheck } from './pack-fixtures.ts';

describe('pack editions', () => {
  const tempDir = useTempDir('briefing-editions-');

  it('keeps every page number when a supplement arrives, lettering the new pages and listing the change', async () => {
    const libraryPath = path.join(tempDir(), 'library.sqlite');
    const db = openDatabase(libraryPath);
    const pdf = async (marker: string, pages: number) => makeOriginal(marker, Array.from({ length: pages }, () => 'A4' as const));
    const report = insertDocument(db, newDocument({ title: 'Budget report', bytes: await pdf('Budget', 3), format: 'pdf', pages: ['a', 'b', 'c'] }));
    const housing = insertDocument(db, newDocument({ title: 'Housing report', bytes: await pdf('Housing', 2), format: 'pdf', pages: ['a', 'b'] }));
    const meetingId = createMeeting(db, { organisation: 'Stroud District Council', committee: 'Scrutiny', title: 'March', startsAt: '2026-03-11', venue: '' });
    const budgetItem = addAgendaItem(db, meetingId, { number: '1', title: 'Budget', officer: '', notes: '' });
    const housingItem = addAgendaItem(db, meetingId, { number: '2', title: 'Housing', officer: '', notes: '' });
    attachDocument(db, { agendaItemId: budgetItem }, report, 'report');
    attachDocument(db, { agendaItemId: housingItem }, housing, 'report');

    const first = await buildMeetingPack(db, libraryPath, meetingId, DEFAULT_PACK_OPTIONS);
    // cover, contents, agenda, 3 budget pages, 2 housing pages
    expect(first.pageCount).toBe(8);
    expect(pageText(first.filePath, 7)).toContain('Housing page 1');

    const late = insertDocument(db, newDocument({ title: 'Budget supplement', bytes: await pdf('Supplement', 2), format: 'pdf', pages: ['a', 'b'] }));
    attachDocument(db, { agendaItemId: budgetItem }, late, 'report');
    const second = await buildMeetingPack(db, libraryPath, meetingId, DEFAULT_PACK_OPTIONS);

    expect(second.edition).toBe(2);
    expect(second.changes).toEqual(['Added: Budget supplement (Item 1: Budget), pages 6a–6b.']);
    expect(qpdfCheck(second.filePath)).toContain('No syntax or stream encoding errors');
    // The changes page (1a) after the cover and the two supplement pages (6a, 6b): 11 pages in all.
    expect(pageCount(second.filePath)).toBe(11);
    expect(pageText(second.filePath, 2)).toContain('Changes in this edition');
    expect(pageText(second.filePath, 2)).toContain('Page 1a');
    expect(pageText(second.filePath, 8)).toMatch(/Supplement page 1[\s\S]*Page 6a/);
    expect(pageText(second.filePath, 9)).toMatch(/Supplement page 2[\s\S]*Page 6b/);
    // The housing report's pages keep the numbers members wrote against.
    expect(pageText(second.filePath, 10)).toMatch(/Housing page 1[\s\S]*Page 7\b/);
    expect(fs.existsSync(first.filePath)).toBe(true);

    const extract = path.join(tempDir(), 'item.pdf');
    fs.writeFileSync(extract, await exportEdition(db, meetingId, 2, { kind: 'item', agendaItemId: housingItem }));
    expect(pageCount(extract)).toBe(2);
    expect(pageText(extract, 1)).toContain('Page 7');
    fs.writeFileSync(extract, await exportEdition(db, meetingId, 2, { kind: 'range', from: '6', to: '6b' }));
    expect(pageCount(extract)).toBe(3);

    // A paper taken off the agenda is named the same way an added one is.
    const housingAttachment = getMeeting(db, meetingId)?.items.find((item) => item.id === housingItem)?.documents[0]?.attachmentId as number;
    detachDocument(db, { agendaItemId: housingItem }, housingAttachment);
    const third = await buildMeetingPack(db, libraryPath, meetingId, DEFAULT_PACK_OPTIONS);
    expect(third.changes).toEqual(['Removed: Housing report (Item 2: Housing), formerly pages 7–8.']);
    db.close();
  });

  async function oneItemMeeting(libraryPath: string) {
    const db = openDatabase(libraryPath);
    const report = insertDocument(db, newDocument({ title: 'Budget report', bytes: await makeOriginal('Budget', ['A4', 'A4']), format: 'pdf', pages: ['a', 'b'] }));
    const meetingId = createMeeting(db, { organisation: 'Stroud District Council', committee: 'Scrutiny', title: 'March', startsAt: '2026-03-11', venue: '' });
    const item = addAgendaItem(db, meetingId, { number: '1', title: 'Budget', officer: '', notes: '' });
    attachDocument(db, { agendaItemId: item }, report, 'report');
    return { db, meetingId };
  }

  it('makes two builds started together editions 1 and 2, each with its own file', async () => {
    const libraryPath = path.join(tempDir(), 'library.sqlite');
    const { db, meetingId } = await oneItemMeeting(libraryPath);

    const [first, second] = await Promise.all([
      buildMeetingPack(db, libraryPath, meetingId, DEFAULT_PACK_OPTIONS),
      buildMeetingPack(db, libraryPath, meetingId, DEFAULT_PACK_OPTIONS),
    ]);

    expect([first.edition, second.edition]).toEqual([1, 2]);
    expect(first.filePath).not.toBe(second.filePath);
    // Each file is its own edition: only the second says so on its cover.
    expect(pageText(first.filePath, 1)).not.toContain('edition');
    expect(pageText(second.filePath, 1)).toContain('edition 2');
    expect(qpdfCheck(second.filePath)).toContain('No syntax or stream encoding errors');
    expect(fs.readdirSync(path.dirname(first.filePath)).filter((name) => name.endsWith('.built'))).toEqual([]);
    db.close();
  });

  it('leaves the edition another process recorded first untouched, and says to build again', async () => {
    const libraryPath = path.join(tempDir(), 'library.sqlite');
    const { db, meetingId } = await oneItemMeeting(libraryPath);
    const winner = await buildMeetingPack(db, libraryPath, meetingId, DEFAULT_PACK_OPTIONS);
    const winnerBytes = fs.readFileSync(winner.filePath);
    // The other process: edition 2 recorded, through its own connection, while this build is under way.
    const otherProcess = openDatabase(libraryPath);
    let raced = false;
    const racing = buildMeetingPack(db, libraryPath, meetingId, DEFAULT_PACK_OPTIONS, {
      onProgress: () => {
        if (raced) return;
        raced = true;
        otherProcess
          .prepare(
            `INSERT INTO pack_editions (meeting_id, edition, built_at, file_path, byte_size, page_count, options_json, changes_json)
             SELECT meeting_id, 2, built_at, replace(file_path, 'edition-1', 'edition-2'), byte_size, page_count, options_json, '[]'
             FROM pack_editions WHERE meeting_id = ? AND edition = 1`,
          )
          .run(meetingId);
        fs.copyFileSync(winner.filePath, winner.filePath.replace('edition-1', 'edition-2'));
      },
    });

    await expect(racing).rejects.toThrow(/^Edition 2 of this pack was built at the same moment by Briefing Desk running elsewhere.*Build again to make edition 3\.$/);
    expect(fs.readFileSync(winner.filePath.replace('edition-1', 'edition-2'))).toEqual(winnerBytes);
    expect(fs.readdirSync(path.dirname(winner.filePath)).filter((name) => name.endsWith('.built'))).toEqual([]);
    otherProcess.close();
    db.close();
  });

  it('reads a PDF for the pack as its original bytes, and only other formats as text', async () => {
    const db = openDatabase(':memory:');
    const pdfBytes = await makeOriginal('Budget', ['A4']);
    const pdfId = insertDocument(db, newDocument({ title: 'Budget', bytes: pdfBytes, format: 'pdf', pages: ['Budget text.'] }));
    const noteId = insertDocument(db, newDocument({ title: 'Note', format: 'markdown', pages: ['First.', 'Second.'] }));
    expect(packDocumentFromLibrary(db, pdfId, 'report')).toMatchObject({ title: 'Budget', pdf: pdfBytes, text: [] });
    expect(packDocumentFromLibrary(db, noteId, 'article')).toMatchObject({ title: 'Note', pdf: null, text: ['First.', 'Second.'] });
    db.close();
  });

  it('clears away the file of a build whose process has gone, but not one still being built', async () => {
    const libraryPath = path.join(tempDir(), 'library.sqlite');
    const { db, meetingId } = await oneItemMeeting(libraryPath);
    const packs = path.join(path.dirname(libraryPath), 'packs');
    fs.mkdirSync(packs, { recursive: true });
    // Process ids above the kernel's maximum never exist; this test's own does.
    const abandoned = path.join(packs, `meeting-${meetingId}-edition-1.pdf.99999999-0a1b2c.built`);
    const underway = path.join(packs, `meeting-${meetingId}-edition-1.pdf.${process.pid}-0a1b2c.built`);
    for (const file of [abandoned, underway]) fs.writeFileSync(file, 'half a pack');

    await buildMeetingPack(db, libraryPath, meetingId, DEFAULT_PACK_OPTIONS);

    expect([fs.existsSync(abandoned), fs.existsSync(underway)]).toEqual([false, true]);
    db.close();
  });
});

