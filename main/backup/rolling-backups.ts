/**
 * Automatic backups in a `backups` folder beside the library: one just before a migration changes an
 * existing library, and one a day, taken in the background once the library is open. Only the newest few are kept (the
 * `backupsToKeep` setting), so the folder never grows without end. Backups the user makes by hand are
 * named differently and never pruned.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/connection.ts';
import { getBackupsToKeep } from '../db/settings.ts';
import { processIsRunning } from '../process-is-running.ts';
import { backupLibrary, backupLibraryNow } from './backup.ts';

export const DAILY_BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** "20261122T211612345Z": sorts by time as text, and is safe in file names everywhere. */
const STAMP = /^\d{8}T\d{9}Z$/;

function stampOf(now: Date): string {
  return now.toISOString().replace(/[-:.]/g, '');
}

function timeOfStamp(stamp: string): number {
  const [, y, mo, d, h, mi, s, ms] = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp) ?? [];
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(ms));
}

export function automaticBackupsFolder(libraryPath: string): string {
  return path.join(path.dirname(path.resolve(libraryPath)), 'backups');
}

interface AutomaticBackup {
  file: string;
  time: number;
}

/** This library's automatic backups, oldest first; other libraries' backups in the same folder are left alone. */
export function listAutomaticBackups(libraryPath: string): AutomaticBackup[] {
  const folder = automaticBackupsFolder(libraryPath);
  const prefix = `${path.basename(libraryPath, path.extname(libraryPath))}.auto-`;
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.startsWith(prefix) && name.endsWith('.sqlite'))
    .map((name) => ({ name, stamp: name.slice(prefix.length).split('-')[0] ?? '' }))
    .filter(({ stamp }) => STAMP.test(stamp))
    .sort((a, b) => a.stamp.localeCompare(b.stamp))
    .map(({ name, stamp }) => ({ file: path.join(folder, name), time: timeOfStamp(stamp) }));
}

function automaticBackupFile(libraryPath: string, reason: string, now: Date): string {
  const base = path.basename(libraryPath, path.extname(libraryPath));
  return path.join(automaticBackupsFolder(libraryPath), `${base}.auto-${stampOf(now)}-${reason}.sqlite`);
}

/**
 * Deletes all but the newest `backupsToKeep` automatic backups of this library, and any unfinished copy
 * whose process has gone (a copy interrupted by Ctrl+C or a crash is as large as the library).
 */
function pruneAutomaticBackups(db: Db, libraryPath: string): void {
  const keep = getBackupsToKeep(db);
  const backups = listAutomaticBackups(libraryPath);
  for (const old of backups.slice(0, Math.max(0, backups.length - keep))) fs.rmSync(old.file, { force: true });
  const folder = automaticBackupsFolder(libraryPath);
  const prefix = `${path.basename(libraryPath, path.extname(libraryPath))}.auto-`;
  for (const name of fs.readdirSync(folder)) {
    const pid = /\.sqlite\.partial-(\d+)$/.exec(name)?.[1];
    if (name.startsWith(prefix) && pid !== undefined && !processIsRunning(Number(pid))) fs.rmSync(path.join(folder, name), { force: true });
  }
}


/**
 * Writes an automatic backup named for when and why it was made, at once (see backupLibraryNow), then
 * deletes all but the newest `backupsToKeep`. Returns the new backup's path; throws a UserError naming the
 * file if it cannot be written.
 */
export function writeAutomaticBackup(db: Db, libraryPath: string, reason: string, now = new Date()): string {
  const file = automaticBackupFile(libraryPath, reason, now);
  backupLibraryNow(db, file);
  pruneAutomaticBackups(db, libraryPath);
  return file;
}

/** The reason recorded in the name of a backup taken before migrating from `fromVersion`. */
export function beforeMigrationReason(fromVersion: number): string {
  return `before-migrating-from-v${fromVersion}`;
}

/**
 * Writes the daily backup if the newest automatic one is more than a day old (or there is none). It is
 * the online copy, a few pages between other work: copying a 1 GB library took 4 s that way, where the
 * at-once copy held everything up for 6.6 s.
 */
export async function backupIfDue(
  db: Db,
  libraryPath: string,
  now = new Date(),
  shouldStop?: () => boolean,
): Promise<string | null> {
  const newest = listAutomaticBackups(libraryPath).at(-1);
  if (newest && now.getTime() - newest.time < DAILY_BACKUP_INTERVAL_MS) return null;
  const file = automaticBackupFile(libraryPath, 'daily', now);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await backupLibrary(db, file, shouldStop ? { shouldStop } : {});
  pruneAutomaticBackups(db, libraryPath);
  return file;
}
