/** `briefing search [--db FILE] [--json] QUERY`: ranked full-text search with snippets. */
import { parseArgs } from 'node:util';
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../shared/domain.ts';
import { searchLibrary } from '../db/search.ts';
import { UsageError, type CliIo } from './io.ts';
import { dbOption, withLibrary } from './library-option.ts';

/** Matches are shown as **word**, readable in a terminal, a log or a JSON consumer alike. */
function markMatches(snippet: string): string {
  return snippet.replaceAll(SNIPPET_MARK_START, '**').replaceAll(SNIPPET_MARK_END, '**').replace(/\s+/g, ' ').trim();
}

export async function searchCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { ...dbOption, json: { type: 'boolean', default: false }, limit: { type: 'string', default: '20' } },
    allowPositionals: true,
  });
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError('search needs words to look for');
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new UsageError('--limit takes a whole number from 1 to 200');

  const hits = await withLibrary(values.db, io, async (library) => searchLibrary(library.db, query, limit));
  const shown = hits.map((h) => ({ ...h, snippet: markMatches(h.snippet) }));
  if (values.json) {
    io.stdout(`${JSON.stringify(shown, null, 2)}\n`);
    return 0;
  }
  if (shown.length === 0) {
    io.stdout(`Nothing in the library matches “${query}”.\n`);
    return 0;
  }
  for (const h of shown) {
    const where = h.pageIndex === null ? '' : `, page ${h.pageIndex + 1}`;
    const label = h.annotation ? (h.annotation.isQuestion ? 'Your question: ' : 'Your note: ') : '';
    io.stdout(`${h.title}  (document ${h.documentId}${where})\n    ${label}${h.snippet}\n`);
  }
  return 0;
}
