/**
 * Annotation repository: every SQL statement about annotations, their tags and reading positions.
 * `listAnnotations` is the one read used by the reader, the notes view, export and briefing packs.
 */
import type {
  Annotation,
  AnnotationColour,
  AnnotationFilter,
  AnnotationTarget,
  LibraryAnnotation,
  ReadingPosition,
  TextAnchor,
} from '../../shared/annotations.ts';
import { NotFoundError, UserError } from '../errors.ts';
import type { Db } from './connection.ts';

/** What the renderer sends to save: the annotation as it now is. Timestamps are the library's business. */
export type AnnotationInput = Omit<Annotation, 'createdAt' | 'updatedAt'> & { createdAt?: string };

interface AnnotationRow {
  id: string;
  document_id: number;
  document_title: string;
  target: AnnotationTarget['type'];
  anchor_json: string | null;
  page_index: number | null;
  colour: AnnotationColour;
  note: string;
  is_question: number;
  orphaned: number;
  created_at: string;
  updated_at: string;
  tags: string | null;
}

function targetOf(row: AnnotationRow): AnnotationTarget {
  if (row.target === 'text') return { type: 'text', anchor: JSON.parse(row.anchor_json ?? 'null') as TextAnchor };
  if (row.target === 'page') return { type: 'page', pageIndex: row.page_index ?? 0 };
  return { type: 'document' };
}

function toAnnotation(row: AnnotationRow): LibraryAnnotation {
  return {
    id: row.id,
    documentId: row.document_id,
    documentTitle: row.document_title,
    target: targetOf(row),
    colour: row.colour,
    note: row.note,
    isQuestion: row.is_question === 1,
    // Tags travel joined by a character that cannot be typed into a tag.
    tags: row.tags ? row.tags.split('\u001f').sort((a, b) => a.localeCompare(b)) : [],
    orphaned: row.orphaned === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const SELECT_ANNOTATIONS = `
  SELECT a.id, a.document_id, d.title AS document_title, a.target, a.anchor_json, a.page_index, a.colour, a.note,
    a.is_question, a.orphaned, a.created_at, a.updated_at,
    (SELECT group_concat(tag, char(31)) FROM annotation_tags t WHERE t.annotation_id = a.id) AS tags
  FROM annotations a JOIN documents d ON d.id = a.document_id`;

/** Document notes first, then page by page, each page's own notes before its passages in reading order. */
const POSITION_ORDER = `coalesce(a.page_index, -1), a.text_start IS NOT NULL, coalesce(a.text_start, 0), a.created_at`;

function positionColumns(target: AnnotationTarget): { pageIndex: number | null; textStart: number | null; anchor: string | null } {
  switch (target.type) {
    case 'text':
      return { pageIndex: target.anchor.pageIndex, textStart: target.anchor.start, anchor: JSON.stringify(target.anchor) };
    case 'page':
      return { pageIndex: target.pageIndex, textStart: null, anchor: null };
    case 'document':
      return { pageIndex: null, textStart: null, anchor: null };
  }
}

/** Creates or updates an annotation with its tags in one transaction, and returns it as stored. */
export function saveAnnotation(db: Db, input: AnnotationInput, now = new Date()): Annotation {
  return db
    .transaction((): Annotation => {
      if (!db.prepare('SELECT 1 FROM documents WHERE id = ?').get(input.documentId)) {
        throw new NotFoundError(`Document ${input.documentId} is not in the library, so the note cannot be saved to it.`);
      }
      const existing = db.prepare('SELECT document_id FROM annotations WHERE id = ?').get(input.id) as
        | { document_id: number }
        | undefined;
      if (existing && existing.document_id !== input.documentId) {
        throw new UserError(`Annotation ${input.id} belongs to another document.`);
      }
      const { pageIndex, textStart, anchor } = positionColumns(input.target);
      const stamp = now.toISOString();
      db.prepare(
        `INSERT INTO annotations (id, document_id, target, anchor_json, page_index, text_start, colour, note, is_question,
           orphaned, created_at, updated_at)
         VALUES (@id, @documentId, @target, @anchor, @pageIndex, @textStart, @colour, @note, @isQuestion, @orphaned,
           @createdAt, @updatedAt)
         ON CONFLICT (id) DO UPDATE SET target = excluded.target, anchor_json = excluded.anchor_json,
           page_index = excluded.page_index, text_start = excluded.text_start, colour = excluded.colour,
           note = excluded.note, is_question = excluded.is_question, orphaned = excluded.orphaned,
           updated_at = excluded.updated_at`,
      ).run({
        id: input.id,
        documentId: input.documentId,
        target: input.target.type,
        anchor,
        pageIndex,
        textStart,
        colour: input.colour,
        note: input.note,
        isQuestion: input.isQuestion ? 1 : 0,
        orphaned: input.orphaned ? 1 : 0,
        createdAt: input.createdAt ?? stamp,
        updatedAt: stamp,
      });
      db.prepare('DELETE FROM annotation_tags WHERE annotation_id = ?').run(input.id);
      const insertTag = db.prepare('INSERT OR IGNORE INTO annotation_tags (annotation_id, tag) VALUES (?, ?)');
      for (const tag of input.tags) insertTag.run(input.id, tag);
      return getAnnotation(db, input.id) as Annotation;
    })
    .immediate();
}

export function getAnnotation(db: Db, id: string): LibraryAnnotation | null {
  const row = db.prepare(`${SELECT_ANNOTATIONS} WHERE a.id = ?`).get(id) as AnnotationRow | undefined;
  return row ? toAnnotation(row) : null;
}

export function deleteAnnotation(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM annotations WHERE id = ?').run(id).changes > 0;
}

/** Annotations matching the filter, by document (title) and then by position in it. */
export function listAnnotations(db: Db, filter: AnnotationFilter = {}): LibraryAnnotation[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.documentId !== undefined) {
    where.push('a.document_id = @documentId');
    params.documentId = filter.documentId;
  }
  if (filter.meetingId !== undefined) {
    // A document belongs to a meeting through its agenda items or as a paper of the meeting itself.
    where.push(`a.document_id IN (
      SELECT aid.document_id FROM agenda_item_documents aid JOIN agenda_items ai ON ai.id = aid.agenda_item_id
      WHERE ai.meeting_id = @meetingId
      UNION SELECT md.document_id FROM meeting_documents md WHERE md.meeting_id = @meetingId)`);
    params.meetingId = filter.meetingId;
  }
  if (filter.tag !== undefined) {
    where.push('EXISTS (SELECT 1 FROM annotation_tags t WHERE t.annotation_id = a.id AND t.tag = @tag)');
    params.tag = filter.tag;
  }
  if (filter.colour !== undefined) {
    where.push('a.colour = @colour');
    params.colour = filter.colour;
  }
  if (filter.questionsOnly) where.push('a.is_question = 1');
  if (filter.orphanedOnly) where.push('a.orphaned = 1');
  const sql = `${SELECT_ANNOTATIONS} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY d.title COLLATE NOCASE, a.document_id, ${POSITION_ORDER}`;
  return (db.prepare(sql).all(params) as AnnotationRow[]).map(toAnnotation);
}

/** Every tag in use, for the filters. */
export function listTags(db: Db): string[] {
  return (db.prepare('SELECT DISTINCT tag FROM annotation_tags ORDER BY tag COLLATE NOCASE').all() as { tag: string }[]).map(
    (r) => r.tag,
  );
}

export function getReadingPosition(db: Db, documentId: number): ReadingPosition | null {
  const row = db
    .prepare('SELECT page_index, page_offset, zoom FROM reading_positions WHERE document_id = ?')
    .get(documentId) as { page_index: number; page_offset: number; zoom: string } | undefined;
  if (!row) return null;
  return {
    pageIndex: row.page_index,
    pageOffset: row.page_offset,
    zoom: row.zoom === 'fit-width' ? 'fit-width' : Number(row.zoom),
  };
}

export function saveReadingPosition(db: Db, documentId: number, position: ReadingPosition, now = new Date()): void {
  if (!db.prepare('SELECT 1 FROM documents WHERE id = ?').get(documentId)) {
    throw new NotFoundError(`Document ${documentId} is not in the library.`);
  }
  db.prepare(
    `INSERT INTO reading_positions (document_id, page_index, page_offset, zoom, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (document_id) DO UPDATE SET page_index = excluded.page_index, page_offset = excluded.page_offset,
       zoom = excluded.zoom, updated_at = excluded.updated_at`,
  ).run(documentId, position.pageIndex, position.pageOffset, String(position.zoom), now.toISOString());
}
