/**
 * An open library: the database plus the worker pool that parses imports. Everything that serves the
 * user (IPC handlers, the CLI, browser mode) works through one of these.
 */
import fs from 'node:fs';
import { backupIfDue, beforeMigrationReason, writeAutomaticBackup } from '../backup/rolling-backups.ts';
import { openDatabase, type Db } from '../db/connection.ts';
import { UserError } from '../errors.ts';
import { cachedDocumentList, type DocumentList } from './document-list.ts';
import { ParsePool } from './parse-pool.ts';
import { searchIndexTidier } from './search-index-tidier.ts';

export interface Library {
  readonly path: string;
  readonly db: Db;
  /** Every document, as the library view lists them, kept while the library is unchanged. */
  readonly documents: DocumentList;
  /** Started on first use, so commands that only read the library start instantly. */
  parser(): ParsePool;
  /** Merges the search indexes into one piece each, in the background (after imports, and at start). */
  tidySearchIndexes(delayMs?: number): void;
  close(): Promise<void>;
}

/** How long a long-running library waits after opening before it merges its indexes: the first screen comes first. */
export const TIDY_AFTER_OPENING_MS = 10_000;

export function openLibrary(dbPath: string, now = new Date()): Library {
  const existed = dbPath !== ':memory:' && fs.existsSync(dbPath);
  // A migration that goes wrong must never cost a library its notes: copy it first, or do not migrate.
  const db = openDatabase(dbPath, undefined, (opened, fromVersion) => {
    try {
      writeAutomaticBackup(opened, dbPath, beforeMigrationReason(fromVersion), now);
    } catch (error) {
      throw new UserError(
        `The library ${dbPath} needs updating for this version of Briefing Desk, and is copied first; ${(error as Error).message}. ` +
          'The library has not been changed.',
      );
    }
  });
  if (existed) dailyBackup(db, dbPath, now);
  let pool: ParsePool | null = null;
  const tidier = searchIndexTidier(db);
  return {
    path: dbPath,
    db,
    documents: cachedDocumentList(db),
    parser() {
      pool ??= new ParsePool();
      return pool;
    },
    tidySearchIndexes: (delayMs) => tidier.start(delayMs),
    async close() {
      tidier.stop();
      await pool?.close();
      pool = null;
      if (db.open) db.close();
    },
  };
}

/** A missed daily backup is worth a warning, not a library that will not open. */
function dailyBackup(db: Db, dbPath: string, now: Date): void {
  try {
    backupIfDue(db, dbPath, now);
  } catch (error) {
    console.warn(`Warning: ${(error as Error).message}`);
  }
}
