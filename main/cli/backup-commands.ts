/** `briefing backup FILE` and `briefing restore FILE`: the whole library to and from one file. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backupLibrary, restoreLibrary } from '../backup/backup.ts';
import { UsageError, type CliIo } from './io.ts';
import { dbOption, libraryPath, withLibrary } from './library-option.ts';

function oneFile(argv: string[], command: string): { db: string | undefined; file: string } {
  const { values, positionals } = parseArgs({ args: argv, options: dbOption, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError(`${command} needs exactly one FILE`);
  return { db: values.db, file: path.resolve(positionals[0] as string) };
}

export async function backupCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { ...dbOption, 'without-exempt': { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError('backup needs exactly one FILE');
  const file = path.resolve(positionals[0] as string);
  const withoutExempt = values['without-exempt'];
  await withLibrary(values.db, io, (library) => backupLibrary(library.db, file, { withoutExempt }));
  io.stdout(`Backed up ${libraryPath(values.db, io)} to ${file}${withoutExempt ? ' without its exempt (Part 2) papers' : ''}\n`);
  return 0;
}

export async function restoreCommand(argv: string[], io: CliIo): Promise<number> {
  const { db, file } = oneFile(argv, 'restore');
  const previousCopy = await withLibrary(db, io, (library) => restoreLibrary(library.db, library.path, file));
  io.stdout(`Restored ${libraryPath(db, io)} from ${file}\nThe library it replaced is kept at ${previousCopy}\n`);
  return 0;
}
