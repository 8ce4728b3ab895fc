/** Meetings repository: every SQL statement about meetings, agenda items and the documents attached to them. */
import type {
  AgendaItem,
  AgendaItemFields,
  AttachedDocument,
  DocumentRole,
  MeetingDetail,
  MeetingFields,
  MeetingSummary,
} from '../../shared/meetings.ts';
import { NotFoundError } from '../errors.ts';
import type { Db } from './connection.ts';

interface MeetingRow {
  id: number;
  organisation: string;
  committee: string;
  title: string;
  starts_at: string;
  venue: string;
}

const toFields = (row: MeetingRow): MeetingFields & { id: number } => ({
  id: row.id,
  organisation: row.organisation,
  committee: row.committee,
  title: row.title,
  startsAt: row.starts_at,
  venue: row.venue,
});

export function createMeeting(db: Db, fields: MeetingFields, now = new Date()): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO meetings (organisation, committee, title, starts_at, venue, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(fields.organisation, fields.committee, fields.title, fields.startsAt, fields.venue, now.toISOString());
  return Number(lastInsertRowid);
}

export function updateMeeting(db: Db, id: number, fields: MeetingFields): void {
  const { changes } = db
    .prepare('UPDATE meetings SET organisation = ?, committee = ?, title = ?, starts_at = ?, venue = ? WHERE id = ?')
    .run(fields.organisation, fields.committee, fields.title, fields.startsAt, fields.venue, id);
  if (changes === 0) throw new NotFoundError(`Meeting ${id} does not exist.`);
}

export function deleteMeeting(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM meetings WHERE id = ?').run(id).changes > 0;
}

export function listMeetings(db: Db): MeetingSummary[] {
  const rows = db
    .prepare(
      `SELECT m.*, (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id) AS item_count,
              (SELECT max(edition) FROM pack_editions e WHERE e.meeting_id = m.id) AS latest_edition
       FROM meetings m ORDER BY m.starts_at DESC, m.id DESC`,
    )
    .all() as (MeetingRow & { item_count: number; latest_edition: number | null })[];
  return rows.map((row) => ({ ...toFields(row), itemCount: row.item_count, latestEdition: row.latest_edition }));
}

interface AttachmentRow {
  attachment_id: number;
  owner_id: number;
  document_id: number;
  role: DocumentRole;
  included: number;
  title: string;
  kind: AttachedDocument['kind'];
  format: AttachedDocument['format'];
  date: string | null;
  page_count: number;
}

const toAttached = (row: AttachmentRow): AttachedDocument => ({
  attachmentId: row.attachment_id,
  documentId: row.document_id,
  role: row.role,
  included: row.included === 1,
  title: row.title,
  kind: row.kind,
  format: row.format,
  date: row.date,
  pageCount: row.page_count,
});

const ATTACHMENT_COLUMNS = `x.role, x.included, d.id AS document_id, d.title, d.kind, d.format, d.date, d.page_count`;

export function getMeeting(db: Db, id: number): MeetingDetail | null {
  const row = db.prepare('SELECT * FROM meetings WHERE id = ?').get(id) as MeetingRow | undefined;
  if (!row) return null;
  const itemRows = db
    .prepare('SELECT id, number, title, officer, notes, included FROM agenda_items WHERE meeting_id = ? ORDER BY position')
    .all(id) as (AgendaItemFields & { id: number; included: number })[];
  const itemDocs = db
    .prepare(
      `SELECT x.id AS attachment_id, x.agenda_item_id AS owner_id, ${ATTACHMENT_COLUMNS}
       FROM agenda_item_documents x JOIN documents d ON d.id = x.document_id
       JOIN agenda_items a ON a.id = x.agenda_item_id
       WHERE a.meeting_id = ? ORDER BY x.position`,
    )
    .all(id) as AttachmentRow[];
  const items: AgendaItem[] = itemRows.map((item) => ({
    ...item,
    included: item.included === 1,
    documents: itemDocs.filter((d) => d.owner_id === item.id).map(toAttached),
  }));
  const documents = (
    db
      .prepare(
        `SELECT x.id AS attachment_id, x.meeting_id AS owner_id, ${ATTACHMENT_COLUMNS}
         FROM meeting_documents x JOIN documents d ON d.id = x.document_id
         WHERE x.meeting_id = ? ORDER BY x.position`,
      )
      .all(id) as AttachmentRow[]
  ).map(toAttached);
  return { ...toFields(row), items, documents };
}

export function requireMeeting(db: Db, id: number): MeetingDetail {
  const meeting = getMeeting(db, id);
  if (!meeting) throw new NotFoundError(`Meeting ${id} does not exist.`);
  return meeting;
}

function nextPosition(db: Db, table: string, ownerColumn: string, ownerId: number): number {
  const row = db.prepare(`SELECT coalesce(max(position), -1) + 1 AS next FROM ${table} WHERE ${ownerColumn} = ?`).get(ownerId) as {
    next: number;
  };
  return row.next;
}

export function addAgendaItem(db: Db, meetingId: number, fields: AgendaItemFields): number {
  return db
    .transaction((): number => {
      if (!db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(meetingId)) {
        throw new NotFoundError(`Meeting ${meetingId} does not exist.`);
      }
      const position = nextPosition(db, 'agenda_items', 'meeting_id', meetingId);
      const { lastInsertRowid } = db
        .prepare('INSERT INTO agenda_items (meeting_id, position, number, title, officer, notes) VALUES (?, ?, ?, ?, ?, ?)')
        .run(meetingId, position, fields.number, fields.title, fields.officer, fields.notes);
      return Number(lastInsertRowid);
    })
    .immediate();
}

export function updateAgendaItem(db: Db, itemId: number, fields: AgendaItemFields & { included: boolean }): void {
  const { changes } = db
    .prepare('UPDATE agenda_items SET number = ?, title = ?, officer = ?, notes = ?, included = ? WHERE id = ?')
    .run(fields.number, fields.title, fields.officer, fields.notes, fields.included ? 1 : 0, itemId);
  if (changes === 0) throw new NotFoundError(`Agenda item ${itemId} does not exist.`);
}

export function deleteAgendaItem(db: Db, itemId: number): boolean {
  return db.prepare('DELETE FROM agenda_items WHERE id = ?').run(itemId).changes > 0;
}

/** Rewrites positions in the given order; the ids must be exactly the meeting's items. */
export function reorderAgendaItems(db: Db, meetingId: number, itemIds: number[]): void {
  reorder(db, 'agenda_items', 'meeting_id', meetingId, itemIds, 'agenda items');
}

function reorder(db: Db, table: string, ownerColumn: string, ownerId: number, ids: number[], what: string): void {
  db.transaction(() => {
    const current = (db.prepare(`SELECT id FROM ${table} WHERE ${ownerColumn} = ?`).all(ownerId) as { id: number }[]).map(
      (r) => r.id,
    );
    const same = current.length === ids.length && new Set(ids).size === ids.length && ids.every((id) => current.includes(id));
    if (!same) throw new NotFoundError(`The new order does not list exactly the ${what} there are; reload and try again.`);
    const update = db.prepare(`UPDATE ${table} SET position = ? WHERE id = ?`);
    ids.forEach((id, position) => update.run(position, id));
  }).immediate();
}

/** Where a document is attached: to one agenda item, or to the meeting as a whole. */
export type AttachmentOwner = { agendaItemId: number } | { meetingId: number };

function ownerTable(owner: AttachmentOwner): { table: string; column: string; id: number } {
  return 'agendaItemId' in owner
    ? { table: 'agenda_item_documents', column: 'agenda_item_id', id: owner.agendaItemId }
    : { table: 'meeting_documents', column: 'meeting_id', id: owner.meetingId };
}

/** Attaches at the end; attaching a document already there changes nothing and returns its attachment. */
export function attachDocument(db: Db, owner: AttachmentOwner, documentId: number, role: DocumentRole): number {
  const { table, column, id } = ownerTable(owner);
  return db
    .transaction((): number => {
      if (!db.prepare('SELECT 1 FROM documents WHERE id = ?').get(documentId)) {
        throw new NotFoundError(`Document ${documentId} is not in the library.`);
      }
      const existing = db.prepare(`SELECT id FROM ${table} WHERE ${column} = ? AND document_id = ?`).get(id, documentId) as
        | { id: number }
        | undefined;
      if (existing) return existing.id;
      const position = nextPosition(db, table, column, id);
      const { lastInsertRowid } = db
        .prepare(`INSERT INTO ${table} (${column}, document_id, role, position) VALUES (?, ?, ?, ?)`)
        .run(id, documentId, role, position);
      return Number(lastInsertRowid);
    })
    .immediate();
}

export function updateAttachment(
  db: Db,
  owner: AttachmentOwner,
  attachmentId: number,
  changes: { role?: DocumentRole; included?: boolean },
): void {
  const { table, column, id } = ownerTable(owner);
  // Only an attachment of this owner: an id from another meeting or item is "not attached here".
  const result = db
    .prepare(`UPDATE ${table} SET role = coalesce(?, role), included = coalesce(?, included) WHERE id = ? AND ${column} = ?`)
    .run(changes.role ?? null, changes.included === undefined ? null : changes.included ? 1 : 0, attachmentId, id);
  if (result.changes === 0) throw new NotFoundError(`That document is no longer attached; reload and try again.`);
}

export function detachDocument(db: Db, owner: AttachmentOwner, attachmentId: number): boolean {
  const { table, column, id } = ownerTable(owner);
  return db.prepare(`DELETE FROM ${table} WHERE id = ? AND ${column} = ?`).run(attachmentId, id).changes > 0;
}

export function reorderAttachments(db: Db, owner: AttachmentOwner, attachmentIds: number[]): void {
  const { table, column, id } = ownerTable(owner);
  reorder(db, table, column, id, attachmentIds, 'documents');
}
