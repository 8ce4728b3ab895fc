/**
 * Search at council scale: a synthetic library of 10,000 documents / 200,000 pages, then one-word,
 * phrase, prefix and two-word queries with snippets. Reports p50/p95 latency, the slowest queries and
 * the library's size on disk per 1,000 pages. The library is built once and kept in bench-results/
 * (delete it to rebuild).
 *
 * The page text is stitched from runs of consecutive words cut from the real papers and articles in
 * ../shared/corpus, so words and word pairs occur about as often as they do in council papers ("council"
 * is under 1% of words, "the" about 6%). An invented vocabulary of a few hundred words makes every word
 * one of the commonest in English and every query match nearly every page, which measures no real
 * library.
 *
 *   node tests/bench/search.bench.ts [--documents N] [--pages-per-document N] [--queries N]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../main/db/connection.ts';
import { insertDocument } from '../../main/db/documents.ts';
import { tidySearchIndexes } from '../../main/db/search-index-tidy.ts';
import { searchLibrary } from '../../main/db/search.ts';
import { newDocument } from '../helpers/documents.ts';
import { CORPUS_DOCS, median, percentile, printTable, RESULTS_DIR, timeIt, writeResults, type Row } from './bench-kit.ts';

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '10000' },
    'pages-per-document': { type: 'string', default: '20' },
    queries: { type: 'string', default: '200' },
  },
});
const DOCUMENTS = Number(values.documents);
const PAGES_PER_DOCUMENT = Number(values['pages-per-document']);
const WORDS_PER_PAGE = 300;
const QUERIES_PER_KIND = Number(values.queries);

if (!fs.existsSync(CORPUS_DOCS)) {
  console.log(`skipped: no corpus at ${CORPUS_DOCS}`);
  process.exit(0);
}

/** Every word of the corpus's readable papers and articles, in order. */
function corpusWords(): string[] {
  const texts = fs
    .readdirSync(CORPUS_DOCS)
    .filter((name) => !/SCANNED|GARBLED/.test(name))
    .map((name) => {
      const file = path.join(CORPUS_DOCS, name);
      if (name.endsWith('.pdf')) return execFileSync('pdftotext', ['-q', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
      return fs.readFileSync(file, 'utf8').replace(/<[^>]*>/g, ' ');
    });
  return texts.join(' ').split(/\s+/).filter(Boolean);
}

/** Deterministic pseudo-random numbers, so every run builds the same library and asks the same queries. */
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

const WORDS = corpusWords();
// Two streams, so the queries are the same whether or not this run had to build the library.
const buildRandom = seededRandom(20261122);
const queryRandom = seededRandom(1122);
const randomIndex = (length: number, random = buildRandom) => Math.floor(random() * length);

/** A page of runs of 5 to 40 consecutive corpus words, each run starting somewhere new. */
function page(): string {
  const words: string[] = [];
  while (words.length < WORDS_PER_PAGE) {
    const start = randomIndex(WORDS.length - 40);
    words.push(...WORDS.slice(start, start + 5 + randomIndex(36)));
  }
  return words.slice(0, WORDS_PER_PAGE).join(' ');
}

function buildLibrary(file: string): number {
  const db = openDatabase(file);
  const started = performance.now();
  for (let d = 0; d < DOCUMENTS; d++) {
    const pages = Array.from({ length: PAGES_PER_DOCUMENT }, page);
    const start = randomIndex(WORDS.length - 6);
    const title = WORDS.slice(start, start + 6).join(' ');
    insertDocument(db, newDocument({ title: `${title} (${d})`, pages, date: `20${10 + (d % 16)}-0${1 + (d % 9)}-1${d % 9}` }));
    if (d % 1000 === 999) process.stderr.write(`\rbuilding library: ${d + 1} of ${DOCUMENTS} documents`);
  }
  process.stderr.write('\n');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return (performance.now() - started) / 1000;
}

const file = path.join(RESULTS_DIR, `search-library-corpus-${DOCUMENTS}x${PAGES_PER_DOCUMENT}.sqlite`);
fs.mkdirSync(RESULTS_DIR, { recursive: true });
const buildSeconds = fs.existsSync(file) ? null : buildLibrary(file);
const pages = DOCUMENTS * PAGES_PER_DOCUMENT;

const db = openDatabase(file);
// The app merges each search index into one piece after an import; a library built here gets the same.
const tidyStarted = performance.now();
tidySearchIndexes(db);
const tidySeconds = (performance.now() - tidyStarted) / 1000;
db.pragma('wal_checkpoint(TRUNCATE)'); // an upgrade on open writes through the WAL; count it in the file
const sizeMb = fs.statSync(file).size / 1024 / 1024;

/** Words a person might type: letters only, three or more of them, seen at least five times. */
const searchable = (() => {
  const counts = new Map<string, number>();
  for (const w of WORDS) {
    const word = w.toLowerCase();
    if (/^\p{L}{3,}$/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n >= 5).map(([word]) => word);
})();
const anyWord = () => searchable[randomIndex(searchable.length, queryRandom)] as string;
/** A word as often as it occurs, so common words such as "council" and "the" come up most. */
const commonWord = () => {
  for (;;) {
    const word = (WORDS[randomIndex(WORDS.length, queryRandom)] as string).toLowerCase();
    if (/^\p{L}+$/u.test(word)) return word;
  }
};
/** Two words that stand together somewhere in the corpus, as often as they do. */
const phrase = () => {
  for (;;) {
    const at = randomIndex(WORDS.length - 1, queryRandom);
    const pair = [WORDS[at], WORDS[at + 1]] as string[];
    if (pair.every((w) => /^\p{L}+$/u.test(w))) return `"${pair.join(' ')}"`;
  }
};
const queryKinds: Record<string, () => string> = {
  'one word': anyWord,
  'common word': commonWord,
  phrase,
  prefix: () => `${anyWord().slice(0, 4)}*`,
  'two words': () => `${anyWord()} ${anyWord()}`,
};

/**
 * Reads the library file once before timing, as it sits in memory in a library in daily use. Between runs
 * this machine's kernel gives idle file pages back within minutes, and reading the 1 GB file from disk
 * during the queries made a run's figures four to eight times slower than the next run's.
 */
function readThrough(path: string): void {
  const fd = fs.openSync(path, 'r');
  const buffer = Buffer.alloc(16 * 1024 * 1024);
  try {
    while (fs.readSync(fd, buffer) > 0);
  } finally {
    fs.closeSync(fd);
  }
}
readThrough(file);

const rows: Row[] = [];
const slowest: Record<string, { query: string; ms: number }[]> = {};
for (const [kind, makeQuery] of Object.entries(queryKinds)) {
  searchLibrary(db, makeQuery()); // warm the page cache for this shape of query
  const timings: { query: string; ms: number }[] = [];
  let hits = 0;
  for (let i = 0; i < QUERIES_PER_KIND; i++) {
    const query = makeQuery();
    const { ms, value } = await timeIt(() => searchLibrary(db, query, 50));
    timings.push({ query, ms });
    hits += value.length;
  }
  const latencies = timings.map((t) => t.ms);
  rows.push({
    query: kind,
    'p50 ms': median(latencies),
    'p95 ms': percentile(latencies, 95),
    'max ms': Math.max(...latencies),
    'mean hits': hits / QUERIES_PER_KIND,
  });
  slowest[kind] = timings.sort((a, b) => b.ms - a.ms).slice(0, 5);
}
db.close();

printTable(`Search: ${DOCUMENTS.toLocaleString('en-GB')} documents, ${pages.toLocaleString('en-GB')} pages (${QUERIES_PER_KIND} queries each, 50 results with snippets; target p95 < 50 ms)`, rows);
console.log(`slowest: ${Object.entries(slowest).map(([kind, [worst]]) => `${kind} ${worst?.query} (${worst?.ms.toFixed(0)} ms)`).join('; ')}`);
console.log(
  `library on disk: ${sizeMb.toFixed(0)} MB, ${((sizeMb / pages) * 1000).toFixed(2)} MB per 1,000 pages` + (buildSeconds ? `; built in ${buildSeconds.toFixed(0)} s` : '') +
    (tidySeconds > 0.1 ? `; search indexes merged into one piece in ${tidySeconds.toFixed(1)} s` : ''),
);
writeResults('search', { documents: DOCUMENTS, pages, sizeMb, mbPer1000Pages: (sizeMb / pages) * 1000, buildSeconds, tidySeconds, queries: rows, slowest });
