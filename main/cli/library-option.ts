/** The --db option shared by every command that uses a library. */
import path from 'node:path';
import { defaultLibraryPath } from '../library/paths.ts';
import { openLibrary, type Library } from '../library/library.ts';
import type { CliIo } from './io.ts';

export const dbOption = { db: { type: 'string' } } as const;

export function libraryPath(db: string | undefined, io: CliIo): string {
  return db ? path.resolve(db) : defaultLibraryPath(io.env);
}

/**
 * Opens the library, runs the work, takes the daily backup if it is due, and always closes the library,
 * even when the work throws. The backup is the online copy, taken once the work is done; most commands
 * print their answer after this returns, so once a day a command on a large library finishes a few
 * seconds later (it used to start that much later, copying before the work).
 */
export async function withLibrary<T>(db: string | undefined, io: CliIo, work: (library: Library) => Promise<T>): Promise<T> {
  const library = openLibrary(libraryPath(db, io));
  try {
    const result = await work(library);
    await library.backUpIfDue();
    return result;
  } finally {
    await library.close();
  }
}
