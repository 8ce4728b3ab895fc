/**
 * Imports a batch of files into the library. Each file is hashed first (a file already in the library
 * is reported as a duplicate without being parsed), parsed in the worker pool, and stored in one
 * transaction. A failing file is reported with its reason and the batch carries on.
 */
import { createHash } from 'node:crypto';
import type { ImportOutcome } from '../../shared/domain.ts';
import type { Db } from '../db/connection.ts';
import { UserError } from '../errors.ts';
import { findDocumentIdBySha256, insertDocument } from '../db/documents.ts';
import { mapBounded } from './map-bounded.ts';
import type { ParsePool } from './parse-pool.ts';

/** A file to import: its display name and a way to read its bytes when its turn comes. */
export interface ImportSource {
  name: string;
  read(): Promise<Uint8Array>;
}

export interface ImportProgressReport {
  done: number;
  total: number;
  outcome: ImportOutcome;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
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

  const response = await pool.parse({ bytes, fileName: source.name });
  if (!response.ok) return { file: source.name, status: 'failed', error: response.error };

  const { parsed } = response;
  const { metadata, sections, recommendations } = parsed.extraction;
  // The same file may have arrived twice in this batch while the first copy was being parsed.
  const raced = findDocumentIdBySha256(db, sha256);
  if (raced !== null) return { file: source.name, status: 'duplicate', documentId: raced };
  try {
    const documentId = insertDocument(db, {
      sha256,
      bytes,
      fileName: source.name,
      format: parsed.format,
      kind: metadata.kind,
      title: metadata.title ?? source.name,
      date: metadata.date,
      organisation: metadata.organisation,
      committee: metadata.committee,
      author: metadata.author,
      pages: parsed.pages,
      sections,
      recommendations,
    });
    return { file: source.name, status: 'imported', documentId, ...(parsed.warning ? { warning: parsed.warning } : {}) };
  } catch (error) {
    return { file: source.name, status: 'failed', error: `could not be stored: ${readReason(error)}` };
  }
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
