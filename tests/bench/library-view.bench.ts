/**
 * Start-up and the library view at council scale, in the real interface: a library of 10,000 documents
 * (rows inserted directly, so it builds in seconds), the real `briefing serve`, Debian's Chromium.
 * Measures, as medians of several runs:
 *   - opening the database and listing every document, in this process;
 *   - `briefing serve` from launch until it prints its address (process start, database open, server);
 *   - the page's first paint, the first library row drawn (seen from inside the page) and the whole list
 *     loaded, from the start of navigation;
 *   - filtering the list and clearing the filter, from the keystroke to the frame after the list changed.
 *
 *   node tests/bench/library-view.bench.ts [--documents N] [--runs N]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../main/db/connection.ts';
import { listDocuments } from '../../main/db/documents.ts';
import { openBrowser, startServe } from '../e2e/harness.ts';
import { median, printTable, timeIt, writeResults, type Row } from './bench-kit.ts';
import { buildDocumentLibrary, chromiumMissing, rendererForBench } from './ui-kit.ts';

const { values } = parseArgs({ options: { documents: { type: 'string', default: '10000' }, runs: { type: 'string', default: '5' } } });
const DOCUMENTS = Number(values.documents);
const RUNS = Number(values.runs);
const FILTER_LABEL = 'Filter by title, committee, organisation or author';
const FILTER_TEXT = 'housing';

if (chromiumMissing()) process.exit(0);
rendererForBench();

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-library-view-bench-'));
const dbPath = path.join(work, 'library.sqlite');
const build = await timeIt(() => buildDocumentLibrary(dbPath, DOCUMENTS));

const openAndList: number[] = [];
for (let run = 0; run < RUNS; run++) {
  openAndList.push(
    (
      await timeIt(() => {
        const db = openDatabase(dbPath);
        listDocuments(db);
        db.close();
      })
    ).ms,
  );
}

/** Types into the filter box and waits for the frame after the result count changes; runs in the page. */
async function filterInPage({ label, text }: { label: string; text: string }): Promise<number> {
  const labelElement = [...document.querySelectorAll('label')].find((l) => l.textContent === label) as HTMLLabelElement;
  const input = document.getElementById(labelElement.htmlFor) as HTMLInputElement;
  const status = document.querySelector('.result-count') as HTMLElement;
  const before = status.textContent;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set as (v: string) => void;
  const start = performance.now();
  setValue.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise<void>((resolve) => {
    const check = () => (status.textContent !== before ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  });
  return performance.now() - start;
}

interface WindowWithFirstRow extends Window {
  firstRowDrawnAt?: number;
}

/**
 * Runs in the page before its own scripts: notes when the first library row enters the document and
 * then when the frame holding it has been drawn. Asking from outside by polling added up to a quarter
 * of a second of the poll's own delay.
 */
function recordFirstRow(): void {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('tr.document-row')) return;
    observer.disconnect();
    // After the next frame's paint: a task queued from requestAnimationFrame runs once the frame is drawn.
    requestAnimationFrame(() => setTimeout(() => ((window as WindowWithFirstRow).firstRowDrawnAt = performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true });
}

const serveReady: number[] = [];
const firstPaint: number[] = [];
const firstRow: number[] = [];
const wholeList: number[] = [];
const filter: number[] = [];
const clear: number[] = [];
const session = await openBrowser('http://127.0.0.1');
try {
  for (let run = 0; run < RUNS; run++) {
    const started = await timeIt(() => startServe(dbPath));
    serveReady.push(started.ms);
    const serve = started.value;
    // A fresh context each run, so nothing comes from the previous run's cache.
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
    await context.addInitScript(recordFirstRow);
    try {
      const page = await context.newPage();
      await page.goto(serve.url);
      await page.waitForFunction(() => (window as WindowWithFirstRow).firstRowDrawnAt !== undefined);
      firstRow.push(await page.evaluate(() => (window as WindowWithFirstRow).firstRowDrawnAt as number));
      // The first rows can come before the whole list; filtering waits for the whole list.
      await page.waitForSelector('section.library[aria-busy="false"]');
      wholeList.push(await page.evaluate(() => performance.now()));
      // The paint entry is reported a moment after the frame, so it is waited for rather than read at once.
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      firstPaint.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime as number));
      filter.push(await page.evaluate(filterInPage, { label: FILTER_LABEL, text: FILTER_TEXT }));
      clear.push(await page.evaluate(filterInPage, { label: FILTER_LABEL, text: '' }));
    } finally {
      await context.close();
      await serve.stop();
    }
  }
} finally {
  await session.browser.close();
  fs.rmSync(work, { recursive: true, force: true });
}

const rows: Row[] = [
  { measure: `open database + list ${DOCUMENTS.toLocaleString('en-GB')} documents (in process)`, 'median ms': median(openAndList), target: '' },
  { measure: 'briefing serve: launch until ready', 'median ms': median(serveReady), target: '' },
  { measure: 'first contentful paint (from navigation)', 'median ms': median(firstPaint), target: '' },
  { measure: 'library: first row drawn (from navigation)', 'median ms': median(firstRow), target: '< 300' },
  { measure: 'library: whole list loaded, filters ready (from navigation)', 'median ms': median(wholeList), target: '' },
  { measure: `library: filter "${FILTER_TEXT}"`, 'median ms': median(filter), target: '< 300' },
  { measure: 'library: clear the filter', 'median ms': median(clear), target: '< 300' },
];
printTable(`Start-up and library view: ${DOCUMENTS.toLocaleString('en-GB')} documents, Chromium, median of ${RUNS} runs (library built in ${(build.ms / 1000).toFixed(1)} s)`, rows);
writeResults('library-view', {
  documents: DOCUMENTS,
  runs: RUNS,
  openAndListMs: median(openAndList),
  serveReadyMs: median(serveReady),
  firstContentfulPaintMs: median(firstPaint),
  firstRowMs: median(firstRow),
  wholeListMs: median(wholeList),
  filterMs: median(filter),
  clearFilterMs: median(clear),
});
