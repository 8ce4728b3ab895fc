/** The --db option shared by every command that uses a library. */
import path from 'node:path';
import { defaultLibraryPath } from '../library/paths.ts';
import { openLibrary, type Library } from '../library/library.ts';
import type { CliIo } from './io.ts';

export const dbOption = { db: { type: 'string' } } as const;

export function libraryPath(db: string | undefined, io: CliIo): string {
  return db ? path.resolve(db) : defaultLibraryPath(io.env);
}

/** Opens the library, runs the work and always closes it, even when the work throws. */
export async function withLibrary<T>(db: string | undefined, io: CliIo, work: (library: Library) => Promise<T>): Promise<T> {
  const library = openLibrary(libraryPath(db, io));
  try {
    return await work(library);
  } finally {
    await library.close();
  }
}
