import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../main/db/connection.ts';
import { insertDocument } from '../../../main/db/documents.ts';
import { addAgendaItem, attachDocument, createMeeting, detachDocument, getMeeting, updateAttachment } from '../../../main/db/meetings.ts';
import { NotFoundError } from '../../../main/errors.ts';
import { newDocument } from '../../helpers/documents.ts';

describe('meeting attachments', () => {
  let db: Db;
  beforeEach(() => {
    db = openDatabase(':memory:');
  });
  afterEach(() => db.close());

  it('changes or removes an attachment only through the item it belongs to', () => {
    const meeting = (title: string) => createMeeting(db, { organisation: 'Stroud District Council', committee: 'Scrutiny', title, startsAt: '2026-03-11', venue: '' });
    const march = meeting('March');
    const april = meeting('April');
    const marchItem = addAgendaItem(db, march, { number: '1', title: 'Budget', officer: '', notes: '' });
    const aprilItem = addAgendaItem(db, april, { number: '1', title: 'Housing', officer: '', notes: '' });
    const report = insertDocument(db, newDocument({ title: 'Housing report' }));
    const aprilAttachment = attachDocument(db, { agendaItemId: aprilItem }, report, 'report');

    // April's attachment id, sent as if it were one of March's item's documents.
    expect(() => updateAttachment(db, { agendaItemId: marchItem }, aprilAttachment, { included: false })).toThrow(NotFoundError);
    expect(detachDocument(db, { agendaItemId: marchItem }, aprilAttachment)).toBe(false);
    expect(detachDocument(db, { meetingId: march }, aprilAttachment)).toBe(false);
    const [item] = getMeeting(db, april)?.items ?? [];
    expect(item?.documents).toMatchObject([{ attachmentId: aprilAttachment, included: true }]);

    expect(detachDocument(db, { agendaItemId: aprilItem }, aprilAttachment)).toBe(true);
  });
});
