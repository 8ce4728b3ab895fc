/**
 * Pack benchmark: a ~400-page pack from real council papers (repeated), timed with its peak memory, and
 * compared with qpdf merging the same originals in the same run. Not a test: it reports figures.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { buildPack } from '../../main/pack/build-pack.ts';
import type { PackDocument, PackItem, PackSpec } from '../../main/pack/pack-spec.ts';
import { DEFAULT_PACK_OPTIONS } from '../../shared/meetings.ts';

const TARGET_PAGES = 400;
const corpus = path.resolve(fileURLToPath(import.meta.url), '..', '..', '..', '..', 'shared', 'corpus', 'docs');
if (!fs.existsSync(corpus)) {
  console.log(`Skipping the pack benchmark: no corpus at ${corpus}`);
  process.exit(0);
}

// Text-bearing, unencrypted papers only; scans and deliberately broken files are not what packs are made of.
const papers: { file: string; bytes: Uint8Array; pages: number }[] = [];
for (const name of fs.readdirSync(corpus).filter((f) => f.endsWith('.pdf') && !/SCANNED|GARBLED/.test(f)).sort()) {
  const bytes = new Uint8Array(fs.readFileSync(path.join(corpus, name)));
  try {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    if (!pdf.isEncrypted) papers.push({ file: path.join(corpus, name), bytes, pages: pdf.getPageCount() });
  } catch {
    // unreadable papers are left out of the benchmark
  }
}

const chosen: typeof papers = [];
for (let total = 0, i = 0; total < TARGET_PAGES; i++) {
  const paper = papers[i % papers.length]!;
  chosen.push(paper);
  total += paper.pages;
}
const items: PackItem[] = [];
chosen.forEach((paper, i) => {
  const document: PackDocument = {
    key: `d${i + 1}`,
    documentId: i + 1,
    role: 'report',
    title: path.basename(paper.file, '.pdf'),
    date: null,
    source: null,
    format: 'pdf',
    fileName: path.basename(paper.file),
    pdf: paper.bytes,
    text: [],
    recommendations: [{ text: 'That the committee notes the report.', pageIndex: 0, status: 'proposed', decision: null, decisionDate: null }],
  };
  if (i % 3 === 0) items.push({ key: String(items.length + 1), agendaItemId: null, number: String(items.length + 1), title: `Item ${items.length + 1}`, officer: '', note: '- Point to raise', documents: [] });
  items.at(-1)!.documents.push(document);
});
const spec: PackSpec = {
  meeting: { organisation: 'Bench Council', committee: 'Scrutiny Committee', title: 'Benchmark', startsAt: '2026-03-11T18:00', venue: 'Town Hall' },
  items,
  otherDocuments: [],
  options: DEFAULT_PACK_OPTIONS,
  packDate: '2026-03-03',
  edition: 1,
  previous: null,
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-bench-'));
const out = path.join(dir, 'pack.pdf');
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const started = performance.now();
const built = await buildPack(spec, out);
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);

const qpdfStarted = performance.now();
execFileSync('qpdf', ['--empty', '--pages', ...chosen.map((p) => p.file), '--', path.join(dir, 'qpdf.pdf')]);
const qpdfSeconds = (performance.now() - qpdfStarted) / 1000;

console.log(`pack: ${built.pages.length} pages from ${chosen.length} papers (${chosen.reduce((n, p) => n + p.pages, 0)} original pages)`);
console.log(`time: ${seconds.toFixed(2)} s (target < 3 s)`);
console.log(`peak memory: ${Math.round(peakRss / 1024 / 1024)} MB (target < 500 MB)`);
console.log(`qpdf merge of the same originals: ${qpdfSeconds.toFixed(2)} s; ratio ${(seconds / qpdfSeconds).toFixed(1)}×`);
console.log(`size: ${Math.round(built.byteSize / 1024 / 1024)} MB`);
fs.rmSync(dir, { recursive: true, force: true });
