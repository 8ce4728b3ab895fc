/** Document repository: every SQL statement about files, documents, pages, sections and recommendations. */
import type {
  DocumentDetail,
  DocumentFormat,
  DocumentKind,
  DocumentRecommendation,
  DocumentSection,
  DocumentSummary,
} from '../../shared/domain.ts';
import { DEFAULT_DOCUMENT_SORT, sortDocuments } from '../../shared/document-order.ts';
import { commonPairsText } from './common-word-pairs.ts';
import type { Db } from './connection.ts';

export interface NewDocument {
  sha256: string;
  bytes: Uint8Array;
  fileName: string;
  format: DocumentFormat;
  kind: DocumentKind;
  title: string;
  date: string | null;
  organisation: string | null;
  committee: string | null;
  author: string | null;
  pages: string[];
  sections: DocumentSection[];
  recommendations: DocumentRecommendation[];
}

interface DocumentRow {
  id: number;
  kind: DocumentKind;
  format: DocumentFormat;
  title: string;
  date: string | null;
  organisation: string | null;
  committee: string | null;
  author: string | null;
  file_name: string;
  page_count: number;
  imported_at: string;
  exempt: 0 | 1;
}

const SUMMARY_COLUMNS = `d.id, d.kind, d.format, d.title, d.date, d.organisation, d.committee, d.author,
  d.file_name, d.page_count, d.imported_at, d.exempt`;

function toSummary(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    kind: row.kind,
    format: row.format,
    title: row.title,
    date: row.date,
    organisation: row.organisation,
    committee: row.committee,
    author: row.author,
    fileName: row.file_name,
    pageCount: row.page_count,
    importedAt: row.imported_at,
    exempt: row.exempt === 1,
  };
}

export function findDocumentIdBySha256(db: Db, sha256: string): number | null {
  const row = db.prepare('SELECT id FROM documents WHERE file_sha256 = ?').get(sha256) as { id: number } | undefined;
  return row?.id ?? null;
}

/**
 * A document's text by page and its outline, and its whole text in the document-level search indexes
 * (replacing what an earlier version put there); the caller holds the transaction.
 */
export function insertPagesAndSections(db: Db, documentId: number, doc: Pick<NewDocument, 'pages' | 'sections'>): void {
  const insertPage = db.prepare('INSERT INTO pages (document_id, page_index, text) VALUES (?, ?, ?)');
  doc.pages.forEach((text, index) => insertPage.run(documentId, index, text));
  const text = doc.pages.join('\n');
  db.prepare('DELETE FROM document_text_fts WHERE rowid = ?').run(documentId);
  db.prepare('INSERT INTO document_text_fts (rowid, text) VALUES (?, ?)').run(documentId, text);
  db.prepare('DELETE FROM document_pairs_fts WHERE rowid = ?').run(documentId);
  db.prepare('INSERT INTO document_pairs_fts (rowid, pairs) VALUES (?, ?)').run(documentId, commonPairsText(text));
  const insertSection = db.prepare('INSERT INTO sections (document_id, ordinal, heading, page_index) VALUES (?, ?, ?, ?)');
  doc.sections.forEach((s, ordinal) => insertSection.run(documentId, ordinal, s.heading, s.pageIndex));
}

/** Stores a document, its original bytes and its text in one transaction: all of it or nothing. */
export function insertDocument(db: Db, doc: NewDocument, now = new Date()): number {
  const insert = db.transaction((): number => {
    db.prepare('INSERT OR IGNORE INTO files (sha256, byte_size, data, stored_at) VALUES (?, ?, ?, ?)').run(
      doc.sha256,
      doc.bytes.byteLength,
      doc.bytes,
      now.toISOString(),
    );
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO documents (file_sha256, file_name, format, kind, title, date, organisation, committee, author,
           page_count, imported_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        doc.sha256,
        doc.fileName,
        doc.format,
        doc.kind,
        doc.title,
        doc.date,
        doc.organisation,
        doc.committee,
        doc.author,
        doc.pages.length,
        now.toISOString(),
      );
    const id = Number(lastInsertRowid);
    insertPagesAndSections(db, id, doc);
    const insertRecommendation = db.prepare(
      'INSERT INTO recommendations (document_id, ordinal, text, page_index) VALUES (?, ?, ?, ?)',
    );
    doc.recommendations.forEach((r, ordinal) => insertRecommendation.run(id, ordinal, r.text, r.pageIndex));
    return id;
  });
  return insert.immediate();
}

/** Marks a paper exempt (Part 2) or public again; false when there is no such document. */
export function setDocumentExempt(db: Db, id: number, exempt: boolean): boolean {
  return db.prepare('UPDATE documents SET exempt = ? WHERE id = ?').run(exempt ? 1 : 0, id).changes > 0;
}

export function exemptDocumentIds(db: Db): Set<number> {
  return new Set((db.prepare('SELECT id FROM documents WHERE exempt = 1').pluck().all() as number[]));
}

/**
 * Every document, in the library's default order (shared/document-order.ts), which the interface relies
 * on instead of sorting the list itself. SQLite's order is nearly that already, so the sort in JavaScript
 * that makes it exact (British collation, numbers by value) has little left to do.
 */
export function listDocuments(db: Db): DocumentSummary[] {
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents d ORDER BY coalesce(d.date, '') DESC, d.title COLLATE NOCASE`)
    .all() as DocumentRow[];
  return sortDocuments(rows.map(toSummary), DEFAULT_DOCUMENT_SORT);
}

/** A document's list entry, without its pages. */
export function getDocumentSummary(db: Db, id: number): DocumentSummary | null {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.id = ?`).get(id) as DocumentRow | undefined;
  return row ? toSummary(row) : null;
}

/** The text of each page, in order. */
export function getPageTexts(db: Db, id: number): string[] {
  return db.prepare('SELECT text FROM pages WHERE document_id = ? ORDER BY page_index').pluck().all(id) as string[];
}

export function getDocument(db: Db, id: number): DocumentDetail | null {
  const row = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, d.file_sha256, f.byte_size
       FROM documents d JOIN files f ON f.sha256 = d.file_sha256 WHERE d.id = ?`,
    )
    .get(id) as (DocumentRow & { file_sha256: string; byte_size: number }) | undefined;
  if (!row) return null;
  const sections = db
    .prepare('SELECT heading, page_index AS pageIndex FROM sections WHERE document_id = ? ORDER BY ordinal')
    .all(id) as DocumentSection[];
  const recommendations = db
    .prepare('SELECT text, page_index AS pageIndex FROM recommendations WHERE document_id = ? ORDER BY ordinal')
    .all(id) as DocumentRecommendation[];
  const pages = db
    .prepare('SELECT page_index AS pageIndex, text FROM pages WHERE document_id = ? ORDER BY page_index')
    .all(id) as { pageIndex: number; text: string }[];
  return { ...toSummary(row), sha256: row.file_sha256, byteSize: row.byte_size, sections, recommendations, pages };
}

/** The original file exactly as imported. */
export function getOriginalBytes(db: Db, documentId: number): Uint8Array | null {
  const row = db
    .prepare('SELECT f.data FROM documents d JOIN files f ON f.sha256 = d.file_sha256 WHERE d.id = ?')
    .get(documentId) as { data: Buffer } | undefined;
  return row ? new Uint8Array(row.data) : null;
}

/** Removes a document and, when nothing else refers to it, its original file. */
export function deleteDocument(db: Db, id: number): boolean {
  return db
    .transaction((): boolean => {
      const row = db.prepare('SELECT file_sha256 FROM documents WHERE id = ?').get(id) as
        | { file_sha256: string }
        | undefined;
      if (!row) return false;
      db.prepare('DELETE FROM documents WHERE id = ?').run(id);
      db.prepare('DELETE FROM files WHERE sha256 = ? AND NOT EXISTS (SELECT 1 FROM documents WHERE file_sha256 = ?)').run(
        row.file_sha256,
        row.file_sha256,
      );
      return true;
    })
    .immediate();
}
