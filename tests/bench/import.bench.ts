/**
 * Import speed on real council papers: the corpus PDFs with a text layer, copied until there are at
 * least 500 pages (each copy made unique so it is not a duplicate), imported through the real pipeline
 * (worker pool, extraction, SQLite with FTS) into a fresh library, with the readers already started and
 * without; compared in the same run with poppler's pdftotext on the same files. Then the peak memory of
 * importing one 500-page PDF.
 *
 *   node tests/bench/import.bench.ts [--runs N]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../main/db/connection.ts';
import { fileSource } from '../../main/library/file-source.ts';
import { importSources } from '../../main/library/import-service.ts';
import { ParsePool } from '../../main/library/parse-pool.ts';
import { CORPUS_DOCS, median, printTable, REPO_ROOT, timeIt, writeResults } from './bench-kit.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const RUNS = Number(values.runs);
const TARGET_PAGES = 500;

if (!fs.existsSync(CORPUS_DOCS)) {
  console.log(`Import benchmark skipped: no corpus at ${CORPUS_DOCS}`);
  process.exit(0);
}

const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0);
const hasText = (file: string) => execFileSync('pdftotext', ['-l', '3', file, '-'], { encoding: 'utf8' }).replace(/\W/g, '').length > 200;

const originals = fs
  .readdirSync(CORPUS_DOCS)
  .filter((name) => name.endsWith('.pdf') && !/SCANNED|GARBLED/.test(name))
  .map((name) => path.join(CORPUS_DOCS, name))
  .filter(hasText);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-import-bench-'));
const copies: string[] = [];
let pages = 0;
for (let copy = 0; pages < TARGET_PAGES; copy++) {
  for (const original of originals) {
    const file = path.join(work, `${copy}-${path.basename(original)}`);
    // Bytes after %%EOF are ignored by PDF readers but change the hash, so no copy is a duplicate.
    fs.writeFileSync(file, Buffer.concat([fs.readFileSync(original), Buffer.from(`\n% copy ${copy}\n`)]));
    copies.push(file);
    pages += pageCount(original);
  }
}

/**
 * One import of every copy into a fresh library, timed. "Ready" readers are what the app has once the
 * import chooser has opened (ParsePool.warm); otherwise the workers start with the batch, as in the CLI.
 */
async function timedImport(name: string, readers: 'ready' | 'started with the batch', files = copies): Promise<number> {
  const db = openDatabase(path.join(work, `${name}.sqlite`));
  const pool = new ParsePool();
  if (readers === 'ready') await pool.warm();
  const { ms, value } = await timeIt(() => importSources(db, pool, files.map(fileSource)));
  await pool.close();
  db.close();
  const failed = value.filter((o) => o.status !== 'imported');
  if (failed.length > 0) throw new Error(`import failed: ${JSON.stringify(failed.slice(0, 3))}`);
  return ms;
}

/** A single short paper, as when a clerk adds one file: here the readers' start-up is most of the wait. */
const onePaper = copies.find((file) => pageCount(file) <= 10) ?? (copies[0] as string);
const onePaperPages = pageCount(onePaper);
const coldMs: number[] = [];
const readyMs: number[] = [];
const oneColdMs: number[] = [];
const oneReadyMs: number[] = [];
const popplerMs: number[] = [];
for (let run = 0; run < RUNS; run++) {
  coldMs.push(await timedImport(`cold-${run}`, 'started with the batch'));
  readyMs.push(await timedImport(`ready-${run}`, 'ready'));
  oneColdMs.push(await timedImport(`one-cold-${run}`, 'started with the batch', [onePaper]));
  oneReadyMs.push(await timedImport(`one-ready-${run}`, 'ready', [onePaper]));
  popplerMs.push((await timeIt(() => copies.forEach((file) => execFileSync('pdftotext', [file, '-'], { maxBuffer: 1 << 28 })))).ms);
}

/** Peak memory importing one 500-page PDF, measured in a fresh process so nothing else counts. */
const bigPdf = path.join(work, 'five-hundred-pages.pdf');
const repeats: string[] = [];
for (let total = 0; total < TARGET_PAGES; ) {
  for (const original of originals) {
    if (total >= TARGET_PAGES) break;
    const n = Math.min(pageCount(original), TARGET_PAGES - total);
    repeats.push(original, `1-${n}`);
    total += n;
  }
}
execFileSync('qpdf', ['--empty', '--pages', ...repeats, '--', bigPdf]);
// A script file rather than --eval: worker threads inherit the parent's flags, and --input-type breaks them.
const probeScript = path.join(work, 'probe.ts');
fs.writeFileSync(
  probeScript,
  `import { openLibrary } from ${JSON.stringify(path.join(REPO_ROOT, 'main/library/library.ts'))};
   import { fileSource } from ${JSON.stringify(path.join(REPO_ROOT, 'main/library/file-source.ts'))};
   import { importSources } from ${JSON.stringify(path.join(REPO_ROOT, 'main/library/import-service.ts'))};
   const library = openLibrary(${JSON.stringify(path.join(work, 'big.sqlite'))});
   const [outcome] = await importSources(library.db, library.parser(), [fileSource(${JSON.stringify(bigPdf)})]);
   await library.close();
   console.log(JSON.stringify({ status: outcome.status, error: outcome.error, peakMb: process.resourceUsage().maxRSS / 1024 }));`,
);
const probe = spawnSync(process.execPath, [probeScript], { encoding: 'utf8' });
const big = JSON.parse(probe.stdout.trim().split('\n').at(-1) ?? '{}') as { status?: string; error?: string; peakMb?: number };
fs.rmSync(work, { recursive: true, force: true });

const cold = median(coldMs) / 1000;
const ready = median(readyMs) / 1000;
const poppler = median(popplerMs) / 1000;
const rows = [
  { tool: 'Briefing Desk import, readers ready (import chooser opened)', seconds: ready, 'pages/s': pages / ready, 'x pdftotext': ready / poppler },
  { tool: 'Briefing Desk import, readers started with the batch (CLI)', seconds: cold, 'pages/s': pages / cold, 'x pdftotext': cold / poppler },
  { tool: 'pdftotext (text only, one process per file)', seconds: poppler, 'pages/s': pages / poppler, 'x pdftotext': 1 },
];
printTable(`Import: ${copies.length} PDFs, ${pages} pages, median of ${RUNS} runs, ${os.availableParallelism()} cores (target within 3x of pdftotext)`, rows);
console.log(
  `one ${onePaperPages}-page paper: ${median(oneReadyMs).toFixed(0)} ms with readers ready, ${median(oneColdMs).toFixed(0)} ms starting them`,
);
console.log(`peak memory importing one ${TARGET_PAGES}-page PDF: ${big.peakMb?.toFixed(0)} MB (${big.status}${big.error ? `: ${big.error}` : ''}; target < 400 MB)`);
writeResults('import', {
  files: copies.length,
  pages,
  runs: RUNS,
  readySeconds: ready,
  coldSeconds: cold,
  pdftotextSeconds: poppler,
  readyRatio: ready / poppler,
  coldRatio: cold / poppler,
  onePaper: { pages: onePaperPages, readyMs: median(oneReadyMs), coldMs: median(oneColdMs) },
  bigPdf: big,
});
