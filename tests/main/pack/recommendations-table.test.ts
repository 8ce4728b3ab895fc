import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/connection.ts';
import { insertDocument } from '../../../main/db/documents.ts';
import { setUserName } from '../../../main/db/settings.ts';
import { addAgendaItem, attachDocument, createMeeting } from '../../../main/db/meetings.ts';
import { buildMeetingPack } from '../../../main/pack/meeting-pack.ts';
import { updateRecommendation } from '../../../main/recommendations/register-changes.ts';
import { registerEntriesOfDocument } from '../../../main/recommendations/register-repository.ts';
import { DEFAULT_PACK_OPTIONS } from '../../../shared/meetings.ts';
import { newDocument } from '../../helpers/documents.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { makeOriginal, pageCount, pageText } from './pack-fixtures.ts';

describe('the recommendations table of a pack', () => {
  const tempDir = useTempDir('briefing-pack-register-');

  it('shows what the register records: the status, and the decision with its date where there is one', async () => {
    const libraryPath = path.join(tempDir(), 'library.sqlite');
    const db = openDatabase(libraryPath);
    const report = insertDocument(
      db,
      newDocument({
        title: 'Budget report',
        bytes: await makeOriginal('Budget', ['A4', 'A4']),
        format: 'pdf',
        pages: ['a', 'b'],
        recommendations: [
          { text: 'That Cabinet agrees the budget.', pageIndex: 0 },
          { text: 'That fees rise by 3%.', pageIndex: 1 },
        ],
      }),
    );
    setUserName(db, 'Clerk');
    const [agree, fees] = registerEntriesOfDocument(db, report);
    updateRecommendation(db, agree!.id, { status: 'agreed', decision: 'Agreed unanimously.', decisionDate: '2026-02-20' });
    updateRecommendation(db, fees!.id, { status: 'deferred' });
    const meetingId = createMeeting(db, { organisation: 'Stroud District Council', committee: 'Scrutiny', title: 'March', startsAt: '2026-03-11', venue: '' });
    attachDocument(db, { agendaItemId: addAgendaItem(db, meetingId, { number: '1', title: 'Budget', officer: '', notes: '' }) }, report, 'report');

    const edition = await buildMeetingPack(db, libraryPath, meetingId, DEFAULT_PACK_OPTIONS);
    // cover, contents, agenda, report 4–5, recommendations 6
    const table = pageText(edition.filePath, 6);
    expect(table).toMatch(/Status and/);
    expect(table).toMatch(/That Cabinet agrees the budget\.\s+Agreed\s+4/);
    expect(table.replace(/\s+/g, ' ')).toContain('Agreed unanimously. Decided 20 February 2026');
    expect(table).toMatch(/That fees rise by 3%\.\s+Deferred\s+5/);
    db.close();
  });

  it('carries a recommendation longer than a page over several pages, with the table header on each', async () => {
    const libraryPath = path.join(tempDir(), 'library.sqlite');
    const db = openDatabase(libraryPath);
    const long = Array.from({ length: 130 }, (_, i) => `(${i + 1}) that the council notes item ${i + 1} of the plan`).join('; ');
    const report = insertDocument(
      db,
      newDocument({
        title: 'Long report',
        bytes: await makeOriginal('Long', ['A4']),
        format: 'pdf',
        pages: ['a'],
        recommendations: [
          { text: long, pageIndex: 0 },
          { text: 'That the review reports in June.', pageIndex: 0 },
        ],
      }),
    );
    const meetingId = createMeeting(db, { organisation: 'Stroud District Council', committee: 'Scrutiny', title: 'March', startsAt: '2026-03-11', venue: '' });
    attachDocument(db, { agendaItemId: addAgendaItem(db, meetingId, { number: '1', title: 'Budget', officer: '', notes: '' }) }, report, 'report');

    const edition = await buildMeetingPack(db, libraryPath, meetingId, DEFAULT_PACK_OPTIONS);
    // cover, contents, agenda, report 4, then the recommendations from page 5 to the end
    const tablePages = Array.from({ length: pageCount(edition.filePath) - 4 }, (_, i) => pageText(edition.filePath, i + 5));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const text of tablePages) expect(text).toMatch(/Item\s+Report\s+No\.\s+Recommendation\s+Status and decision\s+Page/);
    // The row starts with its status and page, and its text goes on, in order, to its last clause.
    expect(tablePages[0]).toMatch(/\(1\) that the council notes item 1\s+Proposed\s+4/);
    const all = tablePages.join('\n');
    expect(all.indexOf('(130)')).toBeGreaterThan(all.indexOf('(129)'));
    expect(tablePages.at(-1)).toContain('That the review reports in June.');
    // To assistive technology the long row is still one row: a header row and two rows in all.
    const structure = execFileSync('pdfinfo', ['-struct', edition.filePath], { encoding: 'utf8' });
    expect(structure.match(/^\s*TR$/gm)).toHaveLength(3);
    db.close();
  });
});

