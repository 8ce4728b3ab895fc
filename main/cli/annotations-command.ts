/**
 * `briefing annotations export [--db FILE] [--format md|csv] [--document ID] [--include-exempt]`: notes and
 * questions to stdout; notes on exempt (Part 2) papers only with --include-exempt.
 */
import { parseArgs } from 'node:util';
import { exportAnnotations } from '../annotations/export.ts';
import { exportableAnnotations } from '../annotations/exportable.ts';
import { getDocument } from '../db/documents.ts';
import { UserError } from '../errors.ts';
import { UsageError, type CliIo } from './io.ts';
import { dbOption, withLibrary } from './library-option.ts';

export async function annotationsCommand(argv: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = argv;
  if (action !== 'export') throw new UsageError('the only annotations action is "export"');
  const { values } = parseArgs({
    args: rest,
    options: {
      ...dbOption,
      format: { type: 'string', default: 'md' },
      document: { type: 'string' },
      'include-exempt': { type: 'boolean', default: false },
    },
  });
  const format = values.format;
  if (format !== 'md' && format !== 'csv') throw new UsageError(`--format must be md or csv, not "${format}"`);
  const documentId = values.document === undefined ? undefined : Number(values.document);
  if (documentId !== undefined && !(Number.isInteger(documentId) && documentId > 0)) {
    throw new UsageError(`--document must be a document number (see "briefing list"), not "${values.document}"`);
  }
  const includeExempt = values['include-exempt'];
  const text = await withLibrary(values.db, io, async ({ db }) => {
    if (documentId === undefined) return exportAnnotations(exportableAnnotations(db, undefined, includeExempt), format);
    const document = getDocument(db, documentId);
    if (!document) throw new UserError(`Document ${documentId} is not in the library.`);
    return exportAnnotations(exportableAnnotations(db, { documentId }, includeExempt), format, `Notes and questions: ${document.title}`);
  });
  io.stdout(text);
  return 0;
}
