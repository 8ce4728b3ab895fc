/**
 * Replacing a document with a new version, whether the user chose "replace" or an import recognised the
 * file as a new version of a paper already in the library. Both store it through `storeNewVersion`: in one
 * transaction the old file goes into the document's history, the new text takes its place and the
 * annotations are re-anchored. A file that cannot be read changes nothing.
 */
import type { ReplaceOutcome } from '../../shared/annotations.ts';
import type { Db } from '../db/connection.ts';
import { replaceDocumentContent } from '../db/document-versions.ts';
import { findDocumentIdBySha256, getDocument, type NewDocument } from '../db/documents.ts';
import { NotFoundError, UserError } from '../errors.ts';
import type { ParsedFile } from '../library/parse-job.ts';
import type { ParsePool } from '../library/parse-pool.ts';
import { sha256Hex } from '../library/sha256.ts';
import { reanchorAnnotations } from './reanchor-annotations.ts';

export interface NewVersionFile {
  name: string;
  data: Uint8Array;
}

export async function replaceDocument(db: Db, pool: ParsePool, documentId: number, file: NewVersionFile): Promise<ReplaceOutcome> {
  if (!getDocument(db, documentId)) throw new NotFoundError(`Document ${documentId} is not in the library.`);
  const sha256 = sha256Hex(file.data);
  const holder = findDocumentIdBySha256(db, sha256);
  if (holder === documentId) throw new UserError(`${file.name} is the version already in the library.`);
  if (holder !== null) throw new UserError(`${file.name} is already in the library as another document (${holder}).`);
  const response = await pool.parse({ bytes: file.data, fileName: file.name });
  if (!response.ok) throw new UserError(`${file.name}: ${response.error}`);
  return storeNewVersion(db, documentId, file, sha256, response.parsed);
}

/** The new version's record; what its own text does not say is kept from the version it replaces. */
function newVersionOf(
  previous: { title: string; date: string | null; organisation: string | null; committee: string | null; author: string | null },
  file: NewVersionFile,
  sha256: string,
  parsed: ParsedFile,
): NewDocument {
  const { metadata, sections, recommendations } = parsed.extraction;
  return {
    sha256,
    bytes: file.data,
    fileName: file.name,
    format: parsed.format,
    kind: metadata.kind,
    title: metadata.title ?? previous.title,
    date: metadata.date ?? previous.date,
    organisation: metadata.organisation ?? previous.organisation,
    committee: metadata.committee ?? previous.committee,
    author: metadata.author ?? previous.author,
    pages: parsed.pages,
    sections,
    recommendations,
  };
}

/**
 * Stores a parsed file as the document's new version and re-anchors its annotations, all or nothing.
 * Inside a caller's transaction (an import) it becomes part of that one.
 */
export function storeNewVersion(
  db: Db,
  documentId: number,
  file: NewVersionFile,
  sha256: string,
  parsed: ParsedFile,
  now = new Date(),
): ReplaceOutcome {
  return db
    .transaction((): ReplaceOutcome => {
      const previous = getDocument(db, documentId);
      if (!previous) throw new NotFoundError(`Document ${documentId} is not in the library.`);
      const previousVersion = replaceDocumentContent(db, documentId, newVersionOf(previous, file, sha256, parsed), now);
      return { documentId, previousVersion, ...reanchorAnnotations(db, documentId, parsed.pages, now) };
    })
    .immediate();
}
