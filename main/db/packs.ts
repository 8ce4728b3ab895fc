/** Pack editions repository: each build of a meeting's pack, and which document page went to which pack page. */
import type { PackEditionSummary, PackOptions } from '../../shared/meetings.ts';
import type { PreviousEdition } from '../pack/pack-spec.ts';
import type { Db } from './connection.ts';

export interface NewPackPage {
  label: string;
  pageKey: string;
  part: string;
  partTitle: string;
  agendaItemId: number | null;
  documentId: number | null;
  sourcePageIndex: number | null;
}

export interface NewEdition {
  meetingId: number;
  edition: number;
  filePath: string;
  byteSize: number;
  options: PackOptions;
  changes: string[];
  pages: NewPackPage[];
}

export interface StoredEdition extends PackEditionSummary {
  id: number;
  filePath: string;
}

interface EditionRow {
  id: number;
  edition: number;
  built_at: string;
  file_path: string;
  byte_size: number;
  page_count: number;
  changes_json: string;
}

const toEdition = (row: EditionRow): StoredEdition => ({
  id: row.id,
  edition: row.edition,
  builtAt: row.built_at,
  filePath: row.file_path,
  byteSize: row.byte_size,
  pageCount: row.page_count,
  changes: JSON.parse(row.changes_json) as string[],
});

export function nextEditionNumber(db: Db, meetingId: number): number {
  const row = db.prepare('SELECT coalesce(max(edition), 0) + 1 AS next FROM pack_editions WHERE meeting_id = ?').get(meetingId) as {
    next: number;
  };
  return row.next;
}

/** Records an edition and its page map in one transaction. */
export function insertEdition(db: Db, edition: NewEdition, now = new Date()): number {
  return db
    .transaction((): number => {
      const { lastInsertRowid } = db
        .prepare(
          `INSERT INTO pack_editions (meeting_id, edition, built_at, file_path, byte_size, page_count, options_json, changes_json)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          edition.meetingId,
          edition.edition,
          now.toISOString(),
          edition.filePath,
          edition.byteSize,
          edition.pages.length,
          JSON.stringify(edition.options),
          JSON.stringify(edition.changes),
        );
      const id = Number(lastInsertRowid);
      const insert = db.prepare(
        `INSERT INTO pack_pages (edition_id, pack_index, label, page_key, part, part_title, agenda_item_id, document_id, source_page_index)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      edition.pages.forEach((p, index) =>
        insert.run(id, index, p.label, p.pageKey, p.part, p.partTitle, p.agendaItemId, p.documentId, p.sourcePageIndex),
      );
      return id;
    })
    .immediate();
}

/** Forgets an edition and its page map (its file is the caller's to remove). */
export function deleteEdition(db: Db, meetingId: number, edition: number): void {
  db.prepare('DELETE FROM pack_editions WHERE meeting_id = ? AND edition = ?').run(meetingId, edition);
}

export function listEditions(db: Db, meetingId: number): StoredEdition[] {
  return (
    db.prepare('SELECT * FROM pack_editions WHERE meeting_id = ? ORDER BY edition DESC').all(meetingId) as EditionRow[]
  ).map(toEdition);
}

export function getEdition(db: Db, meetingId: number, edition: number): StoredEdition | null {
  const row = db.prepare('SELECT * FROM pack_editions WHERE meeting_id = ? AND edition = ?').get(meetingId, edition) as
    | EditionRow
    | undefined;
  return row ? toEdition(row) : null;
}

/** The latest edition's page numbers, for a rebuild to keep. */
export function previousEdition(db: Db, meetingId: number): PreviousEdition | null {
  const latest = db
    .prepare('SELECT id, edition FROM pack_editions WHERE meeting_id = ? ORDER BY edition DESC LIMIT 1')
    .get(meetingId) as { id: number; edition: number } | undefined;
  if (!latest) return null;
  const pages = db
    .prepare('SELECT page_key AS key, label, part AS partKey, part_title AS partTitle FROM pack_pages WHERE edition_id = ? ORDER BY pack_index')
    .all(latest.id) as PreviousEdition['pages'];
  return { edition: latest.edition, pages };
}

export interface StoredPackPage {
  packIndex: number;
  label: string;
  agendaItemId: number | null;
  documentId: number | null;
  sourcePageIndex: number | null;
}

export function editionPages(db: Db, editionId: number): StoredPackPage[] {
  return db
    .prepare(
      `SELECT pack_index AS packIndex, label, agenda_item_id AS agendaItemId, document_id AS documentId,
              source_page_index AS sourcePageIndex
       FROM pack_pages WHERE edition_id = ? ORDER BY pack_index`,
    )
    .all(editionId) as StoredPackPage[];
}
