import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/db/connection.ts';
import { insertDocument, setDocumentExempt } from '../../main/db/documents.ts';
import { addAgendaItem, attachDocument, createMeeting } from '../../main/db/meetings.ts';
import { setUserName } from '../../main/db/settings.ts';
import { buildMeetingPack } from '../../main/pack/meeting-pack.ts';
import { addRecommendation, updateRecommendation } from '../../main/recommendations/register-changes.ts';
import { undoLastChange } from '../../main/recommendations/undo.ts';
import { registerEntriesOfDocument } from '../../main/recommendations/register-repository.ts';
import { DEFAULT_PACK_OPTIONS } from '../../shared/meetings.ts';
import { newDocument } from '../helpers/documents.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { briefing } from './run-briefing.ts';

describe('briefing backup --without-exempt', () => {
  const tempDir = useTempDir();

  it('leaves exempt papers out of a shared copy, leaving no trace of their text or file', () => {
    const db = path.join(tempDir(), 'library.sqlite');
    const library = openDatabase(db);
    insertDocument(library, newDocument({ title: 'Public budget report', pages: ['Libraries stay open.'] }));
    const secret = insertDocument(
      library,
      newDocument({ title: 'Exempt land disposal', pages: ['Confidential bid of zanzibarquux pounds.'] }),
    );
    setDocumentExempt(library, secret, true);
    library.close();

    const shared = path.join(tempDir(), 'shared.sqlite');
    const result = briefing(['backup', '--db', db, '--without-exempt', shared]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('without its exempt (Part 2) papers');

    const copy = new Database(shared, { readonly: true });
    expect(copy.prepare('SELECT title FROM documents').pluck().all()).toEqual(['Public budget report']);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    // Not in free pages, not in the search index, not in the stored original: nowhere in the file.
    expect(fs.readFileSync(shared).includes('zanzibarquux')).toBe(false);

    const full = path.join(tempDir(), 'full.sqlite');
    expect(briefing(['backup', '--db', db, full]).code).toBe(0);
    expect(fs.readFileSync(full).includes('zanzibarquux')).toBe(true);
  });

  it('leaves no trace of an exempt paper\'s title in pack history or the register\'s history', async () => {
    const db = path.join(tempDir(), 'library.sqlite');
    const library = openDatabase(db);
    setUserName(library, 'Sam Clerk');
    const budget = insertDocument(library, newDocument({ title: 'Public budget report', format: 'markdown', pages: ['Libraries stay open.'] }));
    const secret = insertDocument(
      library,
      newDocument({
        title: 'Quuxfield land disposal',
        format: 'markdown',
        pages: ['Bids received.'],
        recommendations: [{ text: 'That the site is sold.', pageIndex: 0 }],
      }),
    );
    setDocumentExempt(library, secret, true);
    const [sale] = registerEntriesOfDocument(library, secret);
    updateRecommendation(library, sale!.id, { status: 'agreed' });
    const meetingId = createMeeting(library, { organisation: 'Test Borough Council', committee: 'Cabinet', title: 'March', startsAt: '2026-03-11', venue: '' });
    const item = addAgendaItem(library, meetingId, { number: '1', title: 'Budget', officer: '', notes: '' });
    const exemptItem = addAgendaItem(library, meetingId, { number: '2', title: 'Land at the depot', officer: '', notes: '' });
    attachDocument(library, { agendaItemId: item }, budget, 'report');
    await buildMeetingPack(library, db, meetingId, DEFAULT_PACK_OPTIONS);
    attachDocument(library, { agendaItemId: exemptItem }, secret, 'report');
    const second = await buildMeetingPack(library, db, meetingId, DEFAULT_PACK_OPTIONS);
    expect(second.changes.join(' ')).toContain('Quuxfield');
    // A later version renamed the paper; the pack history still has the name it had when built.
    library.prepare("UPDATE documents SET title = 'Depot site' WHERE id = ?").run(secret);
    // A recommendation added and taken away again leaves changes with no fields, named only in words.
    addRecommendation(library, { documentId: secret, text: 'That the proceeds fund repairs.', pageIndex: null });
    undoLastChange(library);
    library.close();

    const shared = path.join(tempDir(), 'shared.sqlite');
    expect(briefing(['backup', '--db', db, '--without-exempt', shared]).code).toBe(0);

    expect(fs.readFileSync(shared).includes('Quuxfield')).toBe(false);
    expect(fs.readFileSync(shared).includes('Depot site')).toBe(false);
    const copy = new Database(shared, { readonly: true });
    // The pages the paper filled are still accounted for, under a neutral name.
    expect(JSON.parse(copy.prepare('SELECT changes_json FROM pack_editions WHERE edition = 2').pluck().get() as string)).toContainEqual(
      expect.stringMatching(/^Added: An exempt paper \(Item 2: Land at the depot\), page 4a\.$/),
    );
    expect(copy.prepare('SELECT count(*) FROM recommendation_changes').pluck().get()).toBe(0);
    copy.close();
  });
});
