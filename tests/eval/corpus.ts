/**
 * Runs the importer and the extractor over the development corpus (../shared/corpus, outside the
 * repository) and scores each document against the corpus answer key.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseFile } from '../../main/library/parse-job.ts';
import { scoreDocument, summarise, type FieldScores, type KeyedDocument, type Summary } from './scoring.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const CORPUS_FOLDER = path.resolve(REPO_ROOT, '..', 'shared', 'corpus');

interface KeyEntry extends KeyedDocument {
  file: string;
}

export interface DocumentResult {
  file: string;
  expected: KeyedDocument;
  actual: KeyedDocument;
  scores: FieldScores;
  error?: string;
}

export interface CorpusResult {
  documents: DocumentResult[];
  summary: Summary;
}

export function corpusAvailable(): boolean {
  return fs.existsSync(path.join(CORPUS_FOLDER, 'truth.json'));
}

const NOTHING: KeyedDocument = {
  kind: null,
  title: null,
  date: null,
  organisation: null,
  committee: null,
  author: null,
  recommendations: [],
  headings: [],
};

/** The same import-and-extract step the app runs in its workers, here in-process. */
async function extractFile(file: string): Promise<{ actual: KeyedDocument; error?: string }> {
  const bytes = new Uint8Array(fs.readFileSync(path.join(CORPUS_FOLDER, file)));
  const response = await parseFile({ bytes, fileName: path.basename(file) });
  // A file the importer refuses scores like an empty answer, and the table says why.
  return response.ok ? { actual: response.parsed.extraction.metadata } : { actual: NOTHING, error: response.error };
}

export async function evaluateCorpus(): Promise<CorpusResult> {
  const key = JSON.parse(fs.readFileSync(path.join(CORPUS_FOLDER, 'truth.json'), 'utf8')) as KeyEntry[];
  const documents: DocumentResult[] = [];
  for (const { file, ...expected } of key) {
    const { actual, error } = await extractFile(file);
    documents.push({ file, expected, actual, scores: scoreDocument(expected, actual), ...(error ? { error } : {}) });
  }
  return { documents, summary: summarise(documents.map((d) => d.scores)) };
}
