/**
 * Opening a 500-page PDF in the reader: from the click on its row in the library to its first page drawn
 * (canvas rendered and text layer laid over it), in the real interface against `briefing serve`, in
 * Debian's Chromium. The PDF is made from the corpus papers with qpdf and imported through the real
 * pipeline. Also reports how long the original file took to arrive, as part of that time.
 *
 *   node tests/bench/open-document.bench.ts [--runs N]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listDocuments } from '../../main/db/documents.ts';
import { fileSource } from '../../main/library/file-source.ts';
import { importSources } from '../../main/library/import-service.ts';
import { openLibrary } from '../../main/library/library.ts';
import { openBrowser, startServe } from '../e2e/harness.ts';
import { CORPUS_DOCS, median, printTable, writeResults } from './bench-kit.ts';
import { chromiumMissing, rendererForBench } from './ui-kit.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const RUNS = Number(values.runs);
const TARGET_PAGES = 500;

if (chromiumMissing()) process.exit(0);
if (!fs.existsSync(CORPUS_DOCS)) {
  console.log(`skipped: no corpus at ${CORPUS_DOCS}`);
  process.exit(0);
}
rendererForBench();

const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0);
const originals = fs
  .readdirSync(CORPUS_DOCS)
  .filter((name) => name.endsWith('.pdf') && !/SCANNED|GARBLED/.test(name))
  .map((name) => path.join(CORPUS_DOCS, name));

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-open-document-bench-'));
const bigPdf = path.join(work, 'five-hundred-pages.pdf');
const pageRanges: string[] = [];
for (let total = 0; total < TARGET_PAGES; ) {
  for (const original of originals) {
    if (total >= TARGET_PAGES) break;
    const n = Math.min(pageCount(original), TARGET_PAGES - total);
    pageRanges.push(original, `1-${n}`);
    total += n;
  }
}
execFileSync('qpdf', ['--empty', '--pages', ...pageRanges, '--', bigPdf]);
const fileMb = fs.statSync(bigPdf).size / 1024 / 1024;

const dbPath = path.join(work, 'library.sqlite');
const library = openLibrary(dbPath);
const [outcome] = await importSources(library.db, library.parser(), [fileSource(bigPdf)]);
if (outcome?.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(outcome)}`);
const [imported] = listDocuments(library.db);
await library.close();

/** Clicks the document's row and waits for the first page's text layer, drawn after its canvas; runs in the page. */
async function openInPage(documentId: number): Promise<{ firstPageMs: number; originalMs: number }> {
  const row = document.querySelector(`tr[data-document-id="${documentId}"] button`) as HTMLButtonElement;
  performance.clearResourceTimings();
  const start = performance.now();
  row.click();
  await new Promise<void>((resolve) => {
    const check = () =>
      document.querySelector('.pdf-page[data-page-index="0"] .textLayer span') ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(check);
    requestAnimationFrame(check);
  });
  const original = performance.getEntriesByType('resource').find((entry) => entry.name.includes('reader:original'));
  return { firstPageMs: performance.now() - start, originalMs: original?.duration ?? Number.NaN };
}

const firstPage: number[] = [];
const original: number[] = [];
const serve = await startServe(dbPath);
const session = await openBrowser(serve.origin);
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await page.goto(serve.url);
      await page.locator('tr.document-row').first().waitFor();
      const measured = await page.evaluate(openInPage, imported?.id as number);
      firstPage.push(measured.firstPageMs);
      original.push(measured.originalMs);
    } finally {
      await context.close();
    }
  }
} finally {
  await session.browser.close();
  await serve.stop();
  fs.rmSync(work, { recursive: true, force: true });
}

printTable(`Open a document: ${imported?.pageCount}-page PDF (${fileMb.toFixed(1)} MB), Chromium, median of ${RUNS} runs`, [
  { measure: 'click to first page drawn', 'median ms': median(firstPage), target: '< 1000' },
  { measure: '  of which: original file fetched', 'median ms': median(original), target: '' },
]);
writeResults('open-document', { pages: imported?.pageCount, fileMb, runs: RUNS, firstPageMs: median(firstPage), originalFetchMs: median(original) });
