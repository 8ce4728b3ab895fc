/**
 * Document versions: replacing a document's file and text with a new version while it keeps its id,
 * so agenda items, packs and annotations still point at it. The old original stays in `files`.
 */
import type { DocumentVersion } from '../../shared/annotations.ts';
import type { DocumentKind } from '../../shared/domain.ts';
import type { Db } from './connection.ts';
import { carryOverRecommendations } from '../recommendations/carry-over.ts';
import { insertPagesAndSections, type NewDocument } from './documents.ts';

/**
 * Moves the document's current file into its history and puts the new version's file, metadata and text in
 * its place. Returns the number the replaced version has in the history.
 */
export function replaceDocumentContent(db: Db, documentId: number, next: NewDocument, now = new Date()): number {
  const current = db
    .prepare('SELECT file_sha256, file_name, imported_at FROM documents WHERE id = ?')
    .get(documentId) as { file_sha256: string; file_name: string; imported_at: string } | undefined;
  if (!current) throw new Error(`document ${documentId} vanished while being replaced`);
  const stamp = now.toISOString();
  const { version } = db
    .prepare('SELECT coalesce(max(version), 0) + 1 AS version FROM document_versions WHERE document_id = ?')
    .get(documentId) as { version: number };
  db.prepare(
    `INSERT INTO document_versions (document_id, version, file_sha256, file_name, imported_at, replaced_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(documentId, version, current.file_sha256, current.file_name, current.imported_at, stamp);
  db.prepare('INSERT OR IGNORE INTO files (sha256, byte_size, data, stored_at) VALUES (?, ?, ?, ?)').run(
    next.sha256,
    next.bytes.byteLength,
    next.bytes,
    stamp,
  );
  db.prepare(
    `UPDATE documents SET file_sha256 = ?, file_name = ?, format = ?, kind = ?, title = ?, date = ?, organisation = ?,
       committee = ?, author = ?, page_count = ?, imported_at = ? WHERE id = ?`,
  ).run(
    next.sha256,
    next.fileName,
    next.format,
    next.kind,
    next.title,
    next.date,
    next.organisation,
    next.committee,
    next.author,
    next.pages.length,
    stamp,
    documentId,
  );
  for (const table of ['pages', 'sections']) {
    db.prepare(`DELETE FROM ${table} WHERE document_id = ?`).run(documentId);
  }
  insertPagesAndSections(db, documentId, next);
  // Recommendations carry the register's decisions and history, so they are matched up, not rewritten.
  carryOverRecommendations(db, documentId, next.recommendations);
  return version;
}

/** Earlier versions, newest first. */
export function listDocumentVersions(db: Db, documentId: number): DocumentVersion[] {
  return db
    .prepare(
      `SELECT v.version, v.file_name AS fileName, v.file_sha256 AS sha256, f.byte_size AS byteSize,
         v.imported_at AS importedAt, v.replaced_at AS replacedAt
       FROM document_versions v JOIN files f ON f.sha256 = v.file_sha256
       WHERE v.document_id = ? ORDER BY v.version DESC`,
    )
    .all(documentId) as DocumentVersion[];
}

/** What identifies a paper across its versions. */
export interface PaperIdentity {
  kind: DocumentKind;
  title: string;
  committee: string | null;
  date: string | null;
}

/** Compared ignoring case and runs of spaces or line breaks, which differ between exports of the same paper. */
function normalised(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('en-GB');
}

/**
 * The document a newly imported paper is a new version of: same kind, title and committee, and the same
 * meeting date when both have one. The date matters because quarterly reports to one committee share their
 * title ("Budget monitoring report"), so a different date means a different paper, not a new version. A
 * paper without a committee cannot be told apart from others of the same title, so it never matches; nor
 * does one that could be a version of several documents. Returns the document's id, if exactly one.
 */
export function findEarlierVersion(db: Db, paper: PaperIdentity): number | null {
  if (!paper.committee) return null;
  const title = normalised(paper.title);
  const committee = normalised(paper.committee);
  const candidates = db
    .prepare('SELECT id, title, committee, date FROM documents WHERE kind = ? AND committee IS NOT NULL')
    .all(paper.kind) as { id: number; title: string; committee: string; date: string | null }[];
  const matches = candidates.filter(
    (c) =>
      normalised(c.title) === title &&
      normalised(c.committee) === committee &&
      (c.date === null || paper.date === null || c.date === paper.date),
  );
  const [only, ...others] = matches;
  return only && others.length === 0 ? only.id : null;
}
