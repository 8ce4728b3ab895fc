/** Builds documents for repository tests without going through the importers. */
import { createHash } from 'node:crypto';
import type { Db } from '../../main/db/connection.ts';
import type { NewDocument } from '../../main/db/documents.ts';

export function newDocument(overrides: Partial<NewDocument> & { pages?: string[] } = {}): NewDocument {
  const pages = overrides.pages ?? ['First page text.', 'Second page text.'];
  const bytes = overrides.bytes ?? new TextEncoder().encode(`${overrides.title ?? 'Doc'}|${pages.join('|')}`);
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes,
    fileName: 'doc.pdf',
    format: 'pdf',
    kind: 'report',
    title: 'A report',
    date: '2026-03-11',
    organisation: 'Gloucester City Council',
    committee: 'Cabinet',
    author: 'Jon McGinty',
    sections: [],
    recommendations: [],
    ...overrides,
    pages,
  };
}

/**
 * Stores a document the way a version-1 library did (file, document, pages and recommendations), for tests that
 * build a library at an older schema version and then upgrade it.
 */
export function insertDocumentAtVersion1(db: Db, doc: NewDocument): number {
  db.prepare('INSERT INTO files (sha256, byte_size, data, stored_at) VALUES (?, ?, ?, ?)').run(doc.sha256, doc.bytes.byteLength, doc.bytes, '2026-01-01T00:00:00Z');
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO documents (file_sha256, file_name, format, kind, title, date, organisation, committee, author, page_count, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(doc.sha256, doc.fileName, doc.format, doc.kind, doc.title, doc.date, doc.organisation, doc.committee, doc.author, doc.pages.length, '2026-01-01T00:00:00Z');
  const id = Number(lastInsertRowid);
  const insertPage = db.prepare('INSERT INTO pages (document_id, page_index, text) VALUES (?, ?, ?)');
  doc.pages.forEach((text, index) => insertPage.run(id, index, text));
  const insertRecommendation = db.prepare('INSERT INTO recommendations (document_id, ordinal, text, page_index) VALUES (?, ?, ?, ?)');
  doc.recommendations.forEach((r, ordinal) => insertRecommendation.run(id, ordinal, r.text, r.pageIndex));
  return id;
}
