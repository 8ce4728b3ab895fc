/**
 * Backup and restore of a whole library as one SQLite file. Backups use SQLite's online backup, so the
 * library stays usable while one is made and the copy is consistent. A restore first checks that the
 * file really is a library this version can open, keeps a copy of the library it replaces, then copies
 * the backup in page by page through SQLite, so connections already open see the restored library.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, openDatabase, type Db } from '../db/connection.ts';
import { deleteDocument } from '../db/documents.ts';
import { UserError } from '../errors.ts';

/** Tables every library version has; a file without them is some other SQLite database. */
const REQUIRED_TABLES = ['files', 'documents', 'pages', 'sections'];

function timestamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

export function backupFileName(now = new Date()): string {
  return `briefing-desk-backup-${timestamp(now).slice(0, 19)}.sqlite`;
}

export interface BackupOptions {
  /** For a copy that leaves this laptop: exempt (Part 2) papers, their files and notes are left out. */
  withoutExempt?: boolean;
  /** Asked between steps of the copy; true abandons it (the library is closing), leaving no file behind. */
  shouldStop?: () => boolean;
}

/**
 * Removes exempt papers from a backup copy and compacts it, so their text and original bytes are not
 * left behind in the file's free pages either.
 */
function removeExemptPapers(copy: string): void {
  const db = new Database(copy);
  try {
    db.pragma('foreign_keys = ON');
    const exempt = db.prepare('SELECT id FROM documents WHERE exempt = 1').pluck().all() as number[];
    forgetExemptTitles(db, exempt);
    for (const id of exempt) deleteDocument(db, id);
    // A full-text index only marks deleted rows. Rebuilding one from its content table drops their words;
    // an index without a content table cannot be rebuilt, but merging it into one segment drops them too.
    const indexes = db
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'")
      .all() as { name: string; sql: string }[];
    for (const { name, sql } of indexes) {
      const command = /content\s*=\s*''/.test(sql) ? 'optimize' : 'rebuild';
      db.prepare(`INSERT INTO "${name}" ("${name}") VALUES ('${command}')`).run();
    }
    db.pragma('journal_mode = DELETE');
    db.exec('VACUUM');
  } finally {
    db.close();
  }
}

/** How pack history names a part that was an exempt paper, in a copy without them. */
const EXEMPT_PART_TITLE = 'An exempt paper';

/**
 * History names papers too: a pack edition's page map and list of changes give each part's title as it
 * was when the pack was built, and the register's history describes each recommendation it changed by
 * its report's title. For exempt papers, the pack pages they filled stay (so page numbers still add up)
 * under a neutral title that keeps only the agenda item, and the changes recorded on their
 * recommendations go.
 */
function forgetExemptTitles(db: Database.Database, exempt: number[]): void {
  const editions = (db.prepare('SELECT id, changes_json FROM pack_editions').all() as { id: number; changes_json: string }[]).map(
    (edition) => ({ id: edition.id, changes: JSON.parse(edition.changes_json) as string[] }),
  );
  const rename = db.prepare('UPDATE pack_pages SET part_title = ? WHERE document_id = ? AND part_title = ?');
  const forgetChanges = db.prepare(
    // Found by their fields, and by their description for changes that kept no fields (an undone addition).
    `DELETE FROM recommendation_changes WHERE id IN (
       SELECT f.change_id FROM recommendation_change_fields f JOIN recommendations r ON r.id = f.recommendation_id
       WHERE r.document_id = ?) OR instr(description, ?) > 0`,
  );
  for (const id of exempt) {
    const title = db.prepare('SELECT title FROM documents WHERE id = ?').pluck().get(id) as string;
    const partTitles = db.prepare('SELECT DISTINCT part_title FROM pack_pages WHERE document_id = ?').pluck().all(id) as string[];
    for (const partTitle of partTitles) {
      const neutral = `${EXEMPT_PART_TITLE}${/ \(Item [^()]*\)$/.exec(partTitle)?.[0] ?? ''}`;
      rename.run(neutral, id, partTitle);
      for (const edition of editions) edition.changes = edition.changes.map((line) => renamePart(line, partTitle, neutral));
    }
    forgetChanges.run(id, `“${title}”`);
  }
  const saveChanges = db.prepare('UPDATE pack_editions SET changes_json = ? WHERE id = ?');
  for (const edition of editions) saveChanges.run(JSON.stringify(edition.changes), edition.id);
}

/** A changes line ("Added: <part>, pages 6a–6b.") naming the part, with its name replaced; other lines as they are. */
function renamePart(line: string, partTitle: string, neutral: string): string {
  for (const [before, after] of [['Added: ', ', '], ['Removed: ', ', '], ['Changed: ', ' now ']] as const) {
    if (line.startsWith(`${before}${partTitle}${after}`)) return `${before}${neutral}${line.slice(before.length + partTitle.length)}`;
  }
  return line;
}

/** better-sqlite3's own choice: 400 kB a step keeps each pause of other work to a few milliseconds. */
const PAGES_PER_BACKUP_STEP = 100;

/** Writes a backup of the open library to `file`, via a temporary file so a crash never leaves half a backup. */
export async function backupLibrary(db: Db, file: string, options: BackupOptions = {}): Promise<void> {
  const target = path.resolve(file);
  const partial = `${target}.partial-${process.pid}`;
  try {
    fs.rmSync(partial, { force: true });
    await db.backup(partial, {
      progress: () => {
        if (options.shouldStop?.()) throw new Error('the library closed before the copy was finished');
        return PAGES_PER_BACKUP_STEP;
      },
    });
    if (options.withoutExempt) removeExemptPapers(partial);
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw new UserError(`The backup could not be written to ${file}: ${(error as Error).message}`);
  }
}

/**
 * Writes a backup of the open library to `file` without waiting, for the moments that cannot wait: just
 * before a migration, inside the synchronous open. VACUUM INTO reads one consistent snapshot, as the
 * online backup does, and writes a compact copy; the temporary name keeps half a backup from ever
 * looking like a whole one.
 */
export function backupLibraryNow(db: Db, file: string): void {
  const target = path.resolve(file);
  const partial = `${target}.partial-${process.pid}`;
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.rmSync(partial, { force: true });
    db.prepare('VACUUM INTO ?').run(partial);
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw new UserError(`The backup could not be written to ${file}: ${(error as Error).message}`);
  }
}

/** Refuses, with the reason, any file that is not a sound library of a schema version this app knows. */
export function checkBackupFile(file: string): void {
  if (!fs.existsSync(file)) throw new UserError(`${file} does not exist.`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new UserError(`${file} cannot be opened: ${(error as Error).message}`);
  }
  try {
    let tables: Set<string>;
    try {
      tables = new Set(
        (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name),
      );
    } catch {
      throw new UserError(`${file} is not a Briefing Desk backup (it is not an SQLite database).`);
    }
    const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
    if (missing.length) throw new UserError(`${file} is not a Briefing Desk backup (it has no ${missing.join(', ')} table).`);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version < 1 || version > LATEST_SCHEMA_VERSION) {
      throw new UserError(
        `${file} is a library of schema version ${version}; this version of Briefing Desk knows versions 1 to ${LATEST_SCHEMA_VERSION}.`,
      );
    }
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    if (integrity !== 'ok') throw new UserError(`${file} is damaged (SQLite integrity check: ${integrity}).`);
  } finally {
    db.close();
  }
}

/**
 * Replaces the library at `livePath` (open as `live`) with the backup in `backupFile`. Returns where the
 * replaced library was copied to. The live connection stays open and sees the restored content.
 */
export async function restoreLibrary(live: Db, livePath: string, backupFile: string, now = new Date()): Promise<string> {
  checkBackupFile(backupFile);
  const previousCopy = path.join(
    path.dirname(path.resolve(livePath)),
    `${path.basename(livePath, path.extname(livePath))}.before-restore-${timestamp(now)}.sqlite`,
  );
  await backupLibrary(live, previousCopy);
  const source = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(livePath);
  } catch (error) {
    throw new UserError(`The library could not be restored: ${(error as Error).message}. It is unchanged; a copy is at ${previousCopy}.`);
  } finally {
    source.close();
  }
  // A backup from an earlier version is brought up to date the same way opening it would.
  openDatabase(livePath).close();
  return previousCopy;
}
