/**
 * Opens a library database: WAL, foreign keys, a busy timeout so two processes on one library wait
 * briefly instead of failing, then brings the schema up to date. A database written by a newer
 * version of the app is refused untouched, because migrating it backwards would damage it.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { UserError } from '../errors.ts';
import { LATEST_SCHEMA_VERSION, migrations as shippedMigrations, type Migration } from './migrations.ts';
import { storageProblem } from './storage-errors.ts';

export type Db = Database.Database;

const BUSY_TIMEOUT_MS = 5_000;

/**
 * Called just before migrations change a library that already has content (its version is above 0 and
 * below the latest), so a copy can be taken first; if it throws, nothing is migrated.
 */
export type BeforeMigrating = (db: Db, fromVersion: number) => void;

export function openDatabase(file: string, migrations: Migration[] = shippedMigrations, beforeMigrating?: BeforeMigrating): Db {
  let db: Db;
  try {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    db = new Database(file);
  } catch (error) {
    throw new UserError(`Cannot open the library ${file}: ${storageProblem(error) ?? (error as Error).message}.`);
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    assertIsSqliteLibrary(db, file);
    // Checked before any pragma that writes, so a refused library keeps every byte.
    refuseNewerSchema(db, file, migrations);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    const current = schemaVersion(db);
    if (beforeMigrating && current > 0 && current < (migrations.at(-1)?.version ?? 0)) beforeMigrating(db, current);
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    // A read-only file often opens, and only fails at the first write (WAL, a migration): say so.
    const problem = storageProblem(error);
    if (problem && !(error instanceof UserError)) throw new UserError(`Cannot open the library ${file}: ${problem}.`);
    throw error;
  }
}

function assertIsSqliteLibrary(db: Db, file: string): void {
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch {
    throw new UserError(`${file} is not a Briefing Desk library (it is not an SQLite database).`);
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function refuseNewerSchema(db: Db, file: string, migrations: Migration[]): void {
  const latest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > latest) {
    throw new UserError(
      `The library ${file} was written by a newer version of Briefing Desk (schema ${current}; this version knows up to ${latest}). ` +
        'Update Briefing Desk to open it; the library has not been changed.',
    );
  }
}

function migrate(db: Db, migrations: Migration[]): void {
  const current = schemaVersion(db);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    // Each migration and its version bump commit together, so a crash leaves the previous version intact.
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}

export { LATEST_SCHEMA_VERSION };
