/**
 * Imports a batch of files into the library. Each file is hashed first (a file already in the library
 * is reported as a duplicate without being parsed), parsed in the worker pool, and stored in one
 * transaction: as a new paper, or as a new version of a paper already in the library (see
 * findEarlierVersion), whose annotations then move to the new text. A failing file is reported with its
 * reason and the batch carries on.
 */
import type { ImportOutcome } from '../../shared/domain.ts';
import { storeNewVersion } from '../annotations/replace-document.ts';
import type { Db } from '../db/connection.ts';
import { findEarlierVersion } from '../db/document-versions.ts';
import { findDocumentIdBySha256, insertDocument } from '../db/documents.ts';
import { storageProblem } from '../db/storage-errors.ts';
import { UserError } from '../errors.ts';
import { mapBounded } from './map-bounded.ts';
import type { ParsedFile } from './parse-job.ts';
import type { ParsePool } from './parse-pool.ts';
import { sha256Hex } from './sha256.ts';

/** A file to import: its display name and a way to read its bytes when its turn comes. */
export interface ImportSource {
  name: string;
  read(): Promise<Uint8Array>;
  /** Opens the file if it is an encrypted PDF. */
  password?: string;
}

export interface ImportProgressReport {
  done: number;
  total: number;
  outcome: ImportOutcome;
}

async function importOne(db: Db, pool: ParsePool, source: ImportSource): Promise<ImportOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await source.read();
  } catch (error) {
    const reason = error instanceof UserError ? error.message : `cannot read the file: ${readReason(error)}`;
    return { file: source.name, status: 'failed', error: reason };
  }
  const sha256 = sha256Hex(bytes);
  const existing = findDocumentIdBySha256(db, sha256);
  if (existing !== null) return { file: source.name, status: 'duplicate', documentId: existing };

  const response = await pool.parse({
    bytes,
    fileName: source.name,
    ...(source.password === undefined ? {} : { password: source.password }),
  });
  if (!response.ok) return { file: source.name, status: 'failed', error: response.error };

  // The same file may have arrived twice in this batch while the first copy was being parsed.
  const raced = findDocumentIdBySha256(db, sha256);
  if (raced !== null) return { file: source.name, status: 'duplicate', documentId: raced };
  const { parsed } = response;
  try {
    const stored = db.transaction(() => store(db, source.name, bytes, sha256, parsed)).immediate();
    return { file: source.name, status: 'imported', ...stored, ...(parsed.warning ? { warning: parsed.warning } : {}) };
  } catch (error) {
    // The transaction has rolled back, so nothing of the file is left behind whatever the reason.
    return { file: source.name, status: 'failed', error: `could not be stored: ${storageProblem(error) ?? readReason(error)}` };
  }
}

/** Stores a parsed file as a new version of the paper it updates, if there is one, or else as a new paper. */
function store(
  db: Db,
  fileName: string,
  bytes: Uint8Array,
  sha256: string,
  parsed: ParsedFile,
): Pick<ImportOutcome, 'documentId' | 'replaced'> {
  const { metadata, sections, recommendations } = parsed.extraction;
  // Only a title read from the paper itself identifies it; a file name says nothing about which paper it is.
  const earlier =
    metadata.title === null
      ? null
      : findEarlierVersion(db, { kind: metadata.kind, title: metadata.title, committee: metadata.committee, date: metadata.date });
  if (earlier !== null) {
    const outcome = storeNewVersion(db, earlier, { name: fileName, data: bytes }, sha256, parsed);
    const replaced = {
      previousVersion: outcome.previousVersion,
      moved: outcome.moved + outcome.movedApproximately,
      orphaned: outcome.orphaned.length,
    };
    return { documentId: earlier, replaced };
  }
  const documentId = insertDocument(db, {
    sha256,
    bytes,
    fileName,
    format: parsed.format,
    kind: metadata.kind,
    title: metadata.title ?? fileName,
    date: metadata.date,
    organisation: metadata.organisation,
    committee: metadata.committee,
    author: metadata.author,
    pages: parsed.pages,
    sections,
    recommendations,
  });
  return { documentId };
}

function readReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'it no longer exists';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs the batch with as many files in flight as the pool has workers (plus one being read), so large
 * folders never sit in memory all at once. Outcomes come back in input order.
 */
export async function importSources(
  db: Db,
  pool: ParsePool,
  sources: ImportSource[],
  onProgress?: (report: ImportProgressReport) => void,
): Promise<ImportOutcome[]> {
  let done = 0;
  return mapBounded(sources, pool.size + 1, async (source) => {
    const outcome = await importOne(db, pool, source);
    onProgress?.({ done: ++done, total: sources.length, outcome });
    return outcome;
  });
}
