/** `briefing list [--db FILE] [--json]`: the documents in the library. */
import { parseArgs } from 'node:util';
import { listDocuments } from '../db/documents.ts';
import type { CliIo } from './io.ts';
import { dbOption, withLibrary } from './library-option.ts';

export async function listCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { ...dbOption, json: { type: 'boolean', default: false } } });
  const documents = await withLibrary(values.db, io, async (library) => listDocuments(library.db));
  if (values.json) {
    io.stdout(`${JSON.stringify(documents, null, 2)}\n`);
    return 0;
  }
  if (documents.length === 0) {
    io.stdout('The library is empty. Add papers with: briefing import FILE_OR_FOLDER...\n');
    return 0;
  }
  for (const d of documents) {
    const details = [d.kind, d.date ?? 'undated', d.committee ?? d.organisation, `${d.pageCount} p.`].filter(Boolean);
    io.stdout(`${String(d.id).padStart(5)}  ${d.title}  (${details.join(', ')})\n`);
  }
  io.stdout(`${documents.length} document${documents.length === 1 ? '' : 's'}\n`);
  return 0;
}
