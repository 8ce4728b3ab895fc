/** Automatic backups beside a real library file: before migrations, daily in the background, and only the newest kept. */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkBackupFile } from '../../../main/backup/backup.ts';
import {
  automaticBackupsFolder,
  backupIfDue,
  listAutomaticBackups,
  writeAutomaticBackup,
} from '../../../main/backup/rolling-backups.ts';
import { LATEST_SCHEMA_VERSION, openDatabase } from '../../../main/db/connection.ts';
import { insertDocument } from '../../../main/db/documents.ts';
import { migrations } from '../../../main/db/migrations.ts';
import { setBackupsToKeep } from '../../../main/db/settings.ts';
import { openLibrary } from '../../../main/library/library.ts';
import { newDocument } from '../../helpers/documents.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';

const HOUR = 60 * 60 * 1000;
const NOW = new Date('2026-03-11T09:00:00Z');
const later = (hours: number) => new Date(NOW.getTime() + hours * HOUR);

const versionOf = (file: string): number => {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
};

/** A library as an earlier release left it: schema 3, with a setting in it to find again. */
function olderLibrary(file: string): void {
  const db = openDatabase(file, migrations.slice(0, 3));
  db.prepare("INSERT INTO settings (key, value) VALUES ('userName', 'Cllr Patel')").run();
  db.close();
}

describe('automatic backups', () => {
  const tempDir = useTempDir();

  it('copies an existing library before migrating it, and the copy is the library as it was', async () => {
    const file = path.join(tempDir(), 'library.sqlite');
    olderLibrary(file);
    await openLibrary(file, NOW).close();

    expect(versionOf(file)).toBe(LATEST_SCHEMA_VERSION);
    const backups = listAutomaticBackups(file);
    // The fresh pre-migration copy also counts as today's backup, so there is exactly one.
    expect(backups.map((b) => path.basename(b.file))).toEqual(['library.auto-20260311T090000000Z-before-migrating-from-v3.sqlite']);
    const copy = backups[0]!.file;
    checkBackupFile(copy);
    expect(versionOf(copy)).toBe(3);
    const db = new Database(copy, { readonly: true });
    expect(db.prepare("SELECT value FROM settings WHERE key = 'userName'").get()).toEqual({ value: 'Cllr Patel' });
    db.close();
    expect(fs.readdirSync(automaticBackupsFolder(file)).filter((name) => name.includes('.partial-'))).toEqual([]);
  });

  it('leaves the library unmigrated, and says why, when the copy cannot be written', () => {
    const dir = tempDir();
    const file = path.join(dir, 'library.sqlite');
    olderLibrary(file);
    // A file where the backups folder should be: the folder cannot be made, whoever runs the test.
    fs.writeFileSync(path.join(dir, 'backups'), 'not a folder');
    expect(() => openLibrary(file, NOW)).toThrow(
      new RegExp(`^The library ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} needs updating .*The library has not been changed\\.$`),
    );
    expect(versionOf(file)).toBe(3);
  });

  it('makes no backup of a library it has just created, then one a day once the library is open', async () => {
    const file = path.join(tempDir(), 'library.sqlite');
    const openBackUpAndClose = async (at: Date) => {
      const library = openLibrary(file, at);
      await library.backUpIfDue();
      await library.close();
    };
    await openBackUpAndClose(NOW);
    expect(listAutomaticBackups(file)).toEqual([]);

    await openBackUpAndClose(later(1));
    await openBackUpAndClose(later(20));
    expect(listAutomaticBackups(file)).toHaveLength(1);

    await openBackUpAndClose(later(26));
    const backups = listAutomaticBackups(file);
    expect(backups.map((b) => new Date(b.time).toISOString())).toEqual([later(1).toISOString(), later(26).toISOString()]);
    for (const backup of backups) checkBackupFile(backup.file);
  });

  it('takes the daily backup while the library goes on answering, and discards it if the library closes first', async () => {
    const file = path.join(tempDir(), 'library.sqlite');
    const created = openDatabase(file);
    // A few megabytes, so the copy takes many steps.
    insertDocument(created, newDocument({ bytes: new Uint8Array(4 * 1024 * 1024).fill(7), pages: ['Budget.'] }));
    created.close();

    const library = openLibrary(file, NOW);
    const backup = library.backUpIfDue();
    // Opening returned at once, and the library answers while the copy is under way.
    expect(library.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(1);
    expect(listAutomaticBackups(file)).toEqual([]);
    await backup;
    expect(listAutomaticBackups(file)).toHaveLength(1);
    await library.close();

    const closedEarly = openLibrary(file, later(25));
    void closedEarly.backUpIfDue();
    await closedEarly.close();
    expect(listAutomaticBackups(file)).toHaveLength(1);
    expect(fs.readdirSync(automaticBackupsFolder(file)).filter((name) => name.includes('.partial-'))).toEqual([]);
  });

  it('clears away a copy a process left unfinished, but not one still being written', async () => {
    const file = path.join(tempDir(), 'library.sqlite');
    const db = openDatabase(file);
    const folder = automaticBackupsFolder(file);
    fs.mkdirSync(folder, { recursive: true });
    // Process ids above the kernel's maximum never exist; this test's own does.
    const abandoned = path.join(folder, 'library.auto-20260310T090000000Z-daily.sqlite.partial-99999999');
    const underway = path.join(folder, `library.auto-20260311T080000000Z-daily.sqlite.partial-${process.pid}`);
    const otherLibrary = path.join(folder, 'archive.auto-20260310T090000000Z-daily.sqlite.partial-99999999');
    for (const partial of [abandoned, underway, otherLibrary]) fs.writeFileSync(partial, 'half a copy');

    await backupIfDue(db, file, NOW);

    expect([abandoned, underway, otherLibrary].map((partial) => fs.existsSync(partial))).toEqual([false, true, true]);
    db.close();
  });

  it('keeps only the newest backupsToKeep, and never touches another library’s backups', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'library.sqlite');
    const other = path.join(dir, 'archive.sqlite');
    const otherDb = openDatabase(other);
    writeAutomaticBackup(otherDb, other, 'daily', NOW);
    otherDb.close();

    const db = openDatabase(file);
    expect(await backupIfDue(db, file, NOW)).not.toBeNull();
    for (let day = 1; day <= 8; day++) expect(await backupIfDue(db, file, later(24 * day + 1))).not.toBeNull();
    expect(listAutomaticBackups(file)).toHaveLength(7);
    expect(new Date(listAutomaticBackups(file)[0]!.time)).toEqual(later(24 * 2 + 1));

    setBackupsToKeep(db, 3);
    writeAutomaticBackup(db, file, 'daily', later(24 * 9 + 1));
    expect(listAutomaticBackups(file).map((b) => b.time)).toEqual([7, 8, 9].map((day) => later(24 * day + 1).getTime()));
    expect(listAutomaticBackups(other)).toHaveLength(1);
    db.close();
  });
});
