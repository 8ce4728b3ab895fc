/** The --db option shared by every command that uses a library. */
import fs from 'node:fs';
import path from 'node:path';
import { defaultLibraryPath } from '../library/paths.ts';
import { openLibrary, type Library } from '../library/library.ts';
import type { CliIo } from './io.ts';

export const dbOption = { db: { type: 'string' } } as const;

export function libraryPath(db: string | undefined, io: CliIo): string {
  return db ? path.resolve(db) : defaultLibraryPath(io.env);
}

/** Libraries a command has used, for their daily backup once it has given its answer. */
const librariesUsed = new Set<string>();

/** Opens the library, runs the work and always closes the library, even when the work throws. */
export async function withLibrary<T>(db: string | undefined, io: CliIo, work: (library: Library) => Promise<T>): Promise<T> {
  const file = libraryPath(db, io);
  // A library this command creates has nothing to back up yet, as when the app creates one.
  if (fs.existsSync(file)) librariesUsed.add(file);
  const library = openLibrary(file);
  try {
    return await work(library);
  } finally {
    await library.close();
  }
}

/**
 * Takes the daily backup, where it is due, of each library the command used. The CLI calls this once the
 * command has printed its answer, so the copy (about 4 s on a 1 GB library, once a day) never holds the
 * answer up. A copy that cannot be written is a warning.
 */
export async function backUpLibrariesUsed(): Promise<void> {
  for (const path of librariesUsed) {
    librariesUsed.delete(path);
    let library: Library;
    try {
      library = openLibrary(path);
    } catch {
      continue; // gone or refused since the command used it; the command has said so
    }
    try {
      await library.backUpIfDue();
    } finally {
      await library.close();
    }
  }
}
