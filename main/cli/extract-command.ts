/** `briefing extract [--json] FILE...`: what the extractor reads out of files, without any library. */
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { ExtractedMetadata } from '../../shared/domain.ts';
import { mapBounded } from '../library/map-bounded.ts';
import { ParsePool } from '../library/parse-pool.ts';
import { UsageError, type CliIo } from './io.ts';

type ExtractEntry = { file: string } & (ExtractedMetadata | (Record<keyof ExtractedMetadata, null> & { error: string }));

function failedEntry(file: string, error: string): ExtractEntry {
  return {
    file,
    kind: null,
    title: null,
    date: null,
    organisation: null,
    committee: null,
    author: null,
    recommendations: null,
    headings: null,
    error,
  };
}

function describe(entry: ExtractEntry): string {
  if ('error' in entry) return `${entry.file}\n  error: ${entry.error}\n`;
  const lines = [
    entry.file,
    `  kind:         ${entry.kind}`,
    `  title:        ${entry.title ?? '—'}`,
    `  date:         ${entry.date ?? '—'}`,
    `  organisation: ${entry.organisation ?? '—'}`,
    `  committee:    ${entry.committee ?? '—'}`,
    `  author:       ${entry.author ?? '—'}`,
    `  headings:     ${entry.headings.length ? '' : '—'}`,
    ...entry.headings.map((h) => `    - ${h}`),
    `  recommendations: ${entry.recommendations.length ? '' : '—'}`,
    ...entry.recommendations.map((r, i) => `    ${i + 1}. ${r}`),
  ];
  return `${lines.join('\n')}\n`;
}

export async function extractCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new UsageError('extract needs at least one file');

  const pool = new ParsePool();
  let entries: ExtractEntry[];
  try {
    entries = await mapBounded(positionals, pool.size, async (file): Promise<ExtractEntry> => {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await fs.readFile(file));
      } catch (error) {
        return failedEntry(file, `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
      const response = await pool.parse({ bytes, fileName: file });
      return response.ok ? { file, ...response.parsed.extraction.metadata } : failedEntry(file, response.error);
    });
  } finally {
    await pool.close();
  }

  if (values.json) io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
  else io.stdout(entries.map(describe).join('\n'));
  return entries.some((e) => 'error' in e) ? 1 : 0;
}
