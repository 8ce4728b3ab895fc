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
  /** Takes the daily backup if one is due (once per opening); a failure is a warning, never an error. */
  backUpIfDue(): Promise<void>;
  /** Merges the search indexes into one piece each, in the background (after imports). */
  tidySearchIndexes(): void;
  /**
   * For the app and browser mode: the daily backup and then the index merging, begun UPKEEP_DELAY_MS
   * after opening so that the first screen is drawn first.
   */
  startUpkeep(): void;
  /** Stops the upkeep (an unfinished backup copy is discarded), the workers, and the database. */
  close(): Promise<void>;
}

export const UPKEEP_DELAY_MS = 10_000;

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
  let pool: ParsePool | null = null;
  let closing = false;
  // A library made just now has nothing to back up.
  let dailyBackup: Promise<void> | null = existed ? null : Promise.resolve();
  let upkeep: NodeJS.Timeout | null = null;
  const tidier = searchIndexTidier(db);

  const backUpIfDue = () => {
    dailyBackup ??= backupIfDue(db, dbPath, now, () => closing).then(
      () => undefined,
      (error: unknown) => {
        if (!closing) console.warn(`Warning: ${(error as Error).message}`);
      },
    );
    return dailyBackup;
  };

  return {
    path: dbPath,
    db,
    documents: cachedDocumentList(db),
    parser() {
      pool ??= new ParsePool();
      return pool;
    },
    backUpIfDue,
    tidySearchIndexes: () => {
      if (!closing) tidier.start();
    },
    startUpkeep() {
      upkeep ??= setTimeout(() => void backUpIfDue().then(() => closing || tidier.start()), UPKEEP_DELAY_MS);
      upkeep.unref();
    },
    async close() {
      closing = true;
      if (upkeep) clearTimeout(upkeep);
      tidier.stop();
      await dailyBackup;
      await pool?.close();
      pool = null;
      if (db.open) db.close();
    },
  };
}
