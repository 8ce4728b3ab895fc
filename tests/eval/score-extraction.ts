/**
 * `npm run eval:extract [-- --json]`: scores the extractor on the development corpus and prints a
 * document × field table with per-field and overall averages (or the full comparison as JSON).
 */
import path from 'node:path';
import { corpusAvailable, CORPUS_FOLDER, evaluateCorpus, type DocumentResult } from './corpus.ts';
import { FIELDS, type FieldScores } from './scoring.ts';

const SHORT: Record<(typeof FIELDS)[number], string> = {
  kind: 'kind',
  title: 'title',
  date: 'date',
  organisation: 'org',
  committee: 'cttee',
  author: 'auth',
  recommendations: 'recs',
  headings: 'head',
};

const NAME_WIDTH = 44;

function row(name: string, scores: FieldScores): string {
  const cells = FIELDS.map((field) => scores[field].toFixed(2).padStart(6));
  const mean = FIELDS.reduce((sum, field) => sum + scores[field], 0) / FIELDS.length;
  return `${name.slice(0, NAME_WIDTH).padEnd(NAME_WIDTH)}${cells.join('')}${mean.toFixed(2).padStart(7)}`;
}

function printTable(documents: DocumentResult[], perField: FieldScores, overall: number): void {
  console.log(`${'document'.padEnd(NAME_WIDTH)}${FIELDS.map((f) => SHORT[f].padStart(6)).join('')}${'mean'.padStart(7)}`);
  for (const doc of documents) {
    console.log(row(path.basename(doc.file), doc.scores) + (doc.error ? `  (${doc.error})` : ''));
  }
  console.log(row('per field', perField));
  console.log(`overall ${overall.toFixed(3)}`);
}

async function main(): Promise<void> {
  if (!corpusAvailable()) {
    console.log(`No corpus at ${CORPUS_FOLDER}; nothing to score.`);
    return;
  }
  const { documents, summary } = await evaluateCorpus();
  if (process.argv.includes('--json')) console.log(JSON.stringify({ documents, summary }, null, 2));
  else printTable(documents, summary.perField, summary.overall);
}

await main();
