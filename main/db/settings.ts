/** User settings, kept as key/value rows in the settings table. */
import type { UserSettings } from '../../shared/recommendations.ts';
import type { Db } from './connection.ts';

const USER_NAME = 'userName';

function readSetting(db: Db, key: string): string | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

const BACKUPS_TO_KEEP = 'backupsToKeep';

/** How many automatic backups are kept beside the library; a week of daily ones unless set otherwise. */
export const DEFAULT_BACKUPS_TO_KEEP = 7;

export function getBackupsToKeep(db: Db): number {
  const stored = Number(readSetting(db, BACKUPS_TO_KEEP));
  return Number.isInteger(stored) && stored >= 1 ? stored : DEFAULT_BACKUPS_TO_KEEP;
}

export function setBackupsToKeep(db: Db, count: number): void {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`backupsToKeep must be a whole number of at least 1, not ${count}`);
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    BACKUPS_TO_KEEP,
    String(count),
  );
}

export function getSettings(db: Db): UserSettings {
  return { userName: readSetting(db, USER_NAME) };
}

/** A blank name removes the setting, so the app asks again rather than recording changes by "". */
export function setUserName(db: Db, userName: string): UserSettings {
  const name = userName.trim();
  if (name) {
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
      USER_NAME,
      name,
    );
  } else {
    db.prepare('DELETE FROM settings WHERE key = ?').run(USER_NAME);
  }
  return getSettings(db);
}
