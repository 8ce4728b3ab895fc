/** `briefing import [--db FILE] [--json] [--password SECRET] PATH...`: files and folders into the library. */
import { parseArgs } from 'node:util';
import { describeNewVersion, type ImportOutcome } from '../../shared/domain.ts';
import { tidySearchIndexes } from '../db/search-index-tidy.ts';
import { collectFiles } from '../library/collect-files.ts';
import { failedSource, fileSource } from '../library/file-source.ts';
import { importSources, type ImportProgressReport } from '../library/import-service.ts';
import { UsageError, type CliIo } from './io.ts';
import { dbOption, withLibrary } from './library-option.ts';

function describe(outcome: ImportOutcome): string {
  switch (outcome.status) {
    case 'imported': {
      const what = outcome.replaced
        ? `as a new version of document ${outcome.documentId}: ${describeNewVersion(outcome.replaced)}`
        : `(document ${outcome.documentId})`;
      return `imported   ${outcome.file} ${what}${outcome.warning ? ` — note: ${outcome.warning}` : ''}`;
    }
    case 'duplicate':
      return `duplicate  ${outcome.file} (already in the library as document ${outcome.documentId})`;
    case 'failed':
      return `failed     ${outcome.file}: ${outcome.error}`;
  }
}

function progressPrinter(io: CliIo): (report: ImportProgressReport) => void {
  if (!io.stderrIsTTY) return () => {};
  return ({ done, total, outcome }) => {
    const line = `Importing ${done} of ${total}: ${outcome.file}`;
    io.stderr(`\r\x1b[2K${line.length > 120 ? `…${line.slice(-119)}` : line}${done === total ? '\n' : ''}`);
  };
}

export async function importCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    // The password is tried on every encrypted PDF in the batch; files that are not encrypted ignore it.
    options: { ...dbOption, json: { type: 'boolean', default: false }, password: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new UsageError('import needs at least one file or folder');

  const collected = await collectFiles(positionals);
  const { password } = values;
  const sources = collected.map((c) =>
    'error' in c ? failedSource(c.file, c.error) : { ...fileSource(c.file), ...(password === undefined ? {} : { password }) },
  );
  const outcomes = await withLibrary(values.db, io, async (library) => {
    const imported = await importSources(library.db, library.parser(), sources, progressPrinter(io));
    // The command exits next, so the indexes are merged now rather than in the background. Merging only
    // speeds searches up: if it cannot be done (another process is writing), the import still stands.
    try {
      tidySearchIndexes(library.db);
    } catch (error) {
      io.stderr(`Warning: the search index could not be tidied: ${(error as Error).message}\n`);
    }
    return imported;
  });

  if (values.json) {
    io.stdout(`${JSON.stringify(outcomes, null, 2)}\n`);
  } else {
    for (const outcome of outcomes) io.stdout(`${describe(outcome)}\n`);
    const count = (status: ImportOutcome['status']) => outcomes.filter((o) => o.status === status).length;
    io.stdout(`${count('imported')} imported, ${count('duplicate')} already in the library, ${count('failed')} failed\n`);
  }
  return outcomes.some((o) => o.status === 'failed') ? 1 : 0;
}
