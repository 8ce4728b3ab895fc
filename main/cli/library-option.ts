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
 * Opens the library, runs the work, takes the daily backup if it is due (after the work, so the answer
 * comes first), and always closes the library, even when the work throws.
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
