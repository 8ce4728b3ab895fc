/**
 * Search at council scale: a synthetic library of 10,000 documents / 200,000 pages written from a
 * council-papers vocabulary with a Zipf-like word frequency, then one-word, phrase and prefix queries
 * with snippets. Reports p50/p95 latency and the library's size on disk per 1,000 pages.
 * The library is built once and kept in bench-results/ (delete it to rebuild).
 *
 *   node tests/bench/search.bench.ts [--documents N] [--pages-per-document N] [--queries N]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../main/db/connection.ts';
import { insertDocument } from '../../main/db/documents.ts';
import { searchLibrary } from '../../main/db/search.ts';
import { newDocument } from '../helpers/documents.ts';
import { median, percentile, printTable, RESULTS_DIR, timeIt, writeResults, type Row } from './bench-kit.ts';

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '10000' },
    'pages-per-document': { type: 'string', default: '20' },
    queries: { type: 'string', default: '200' },
  },
});
const DOCUMENTS = Number(values.documents);
const PAGES_PER_DOCUMENT = Number(values['pages-per-document']);
const WORDS_PER_PAGE = 220;
const QUERIES_PER_KIND = Number(values.queries);

const VOCABULARY = `council committee cabinet scrutiny report recommendation budget spending gap reserves savings
  housing homelessness social care adult children services education school schools library libraries
  highways transport parking planning application development policy strategy consultation residents
  ward councillor member officer director executive decision agreed deferred noted rejected amended
  revenue capital programme project contract procurement supplier value money risk register audit
  assurance governance finance financial implications legal equalities impact assessment climate
  environment waste recycling collection leisure culture parks community safety police crime fire
  health wellbeing public inequality deprivation poverty council tax business rates grant funding
  government department levelling devolution combined authority mayor partnership board forum panel
  meeting minutes agenda item appendix paragraph section table figure quarter annual year forecast
  outturn variance overspend underspend pressure demand inflation pay award pension staffing vacancy
  recruitment retention workforce training digital technology data systems transformation review
  performance indicator target measure outcome delivery plan timetable milestone update progress
  approve approval note consider request propose proposal option options preferred alternative
  statutory duty legislation regulation guidance framework standard compliance inspection ofsted
  tenant tenants landlord rent repairs maintenance estate regeneration land disposal acquisition asset
  property building office accommodation energy carbon net zero emissions flooding drainage trees`
  .split(/\s+/)
  .filter(Boolean);

/** Deterministic pseudo-random numbers, so every run builds the same library. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seededRandom(20261122);
/** Zipf-like: word k is drawn with probability proportional to 1/(k+1). */
const weights = VOCABULARY.map((_, k) => 1 / (k + 1));
let running = 0;
const cumulative = weights.map((w) => (running += w));
const total = cumulative.at(-1) as number;
function word(): string {
  const r = random() * total;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] as number) < r) lo = mid + 1;
    else hi = mid;
  }
  return VOCABULARY[lo] as string;
}

function page(): string {
  const words: string[] = [];
  for (let i = 0; i < WORDS_PER_PAGE; i++) words.push(word());
  return words.join(' ');
}

function buildLibrary(file: string): number {
  const db = openDatabase(file);
  const started = performance.now();
  for (let d = 0; d < DOCUMENTS; d++) {
    const pages = Array.from({ length: PAGES_PER_DOCUMENT }, page);
    insertDocument(db, newDocument({ title: `${word()} ${word()} report ${d}`, pages, date: `20${10 + (d % 16)}-0${1 + (d % 9)}-1${d % 9}` }));
    if (d % 1000 === 999) process.stderr.write(`\rbuilding library: ${d + 1} of ${DOCUMENTS} documents`);
  }
  process.stderr.write('\n');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return (performance.now() - started) / 1000;
}

const file = path.join(RESULTS_DIR, `search-library-${DOCUMENTS}x${PAGES_PER_DOCUMENT}.sqlite`);
fs.mkdirSync(RESULTS_DIR, { recursive: true });
const buildSeconds = fs.existsSync(file) ? null : buildLibrary(file);
const pages = DOCUMENTS * PAGES_PER_DOCUMENT;
const sizeMb = fs.statSync(file).size / 1024 / 1024;

const db = openDatabase(file);
const pick = () => VOCABULARY[Math.floor(random() * VOCABULARY.length)] as string;
const queryKinds: Record<string, () => string> = {
  'one word': () => pick(),
  phrase: () => `"${word()} ${word()}"`,
  prefix: () => `${pick().slice(0, 4)}*`,
  'two words': () => `${pick()} ${pick()}`,
};

const rows: Row[] = [];
for (const [kind, makeQuery] of Object.entries(queryKinds)) {
  searchLibrary(db, makeQuery()); // warm the page cache for this shape of query
  const latencies: number[] = [];
  let hits = 0;
  for (let i = 0; i < QUERIES_PER_KIND; i++) {
    const { ms, value } = await timeIt(() => searchLibrary(db, makeQuery(), 50));
    latencies.push(ms);
    hits += value.length;
  }
  rows.push({
    query: kind,
    'p50 ms': median(latencies),
    'p95 ms': percentile(latencies, 95),
    'max ms': Math.max(...latencies),
    'mean hits': hits / QUERIES_PER_KIND,
  });
}
db.close();

printTable(`Search: ${DOCUMENTS.toLocaleString('en-GB')} documents, ${pages.toLocaleString('en-GB')} pages (${QUERIES_PER_KIND} queries each, 50 results with snippets; target p95 < 50 ms)`, rows);
console.log(`library on disk: ${sizeMb.toFixed(0)} MB, ${((sizeMb / pages) * 1000).toFixed(2)} MB per 1,000 pages` + (buildSeconds ? `; built in ${buildSeconds.toFixed(0)} s` : ''));
writeResults('search', { documents: DOCUMENTS, pages, sizeMb, mbPer1000Pages: (sizeMb / pages) * 1000, buildSeconds, queries: rows });
