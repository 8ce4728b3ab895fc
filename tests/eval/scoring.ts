/**
 * Scores an extraction against an answer key, field by field. Pure functions, so the rules are unit
 * tested on their own and the corpus script only reads files and prints.
 *
 * Rules:
 * - Every string is normalised first: Unicode NFKC, every dash to "-", every single quote or apostrophe
 *   to ', every double quote to ", runs of whitespace to one space, ends trimmed.
 * - kind, date, committee: equal after normalisation (1 or 0).
 * - title, organisation: equal after normalisation, ignoring case.
 * - author: correct when any one name of the answer ("; "-separated) is one of the expected names,
 *   ignoring case; both missing is correct.
 * - recommendations, headings: F1 over the lists as multisets (a heading can repeat in an agenda pack).
 *   Headings ignore case and a trailing colon; recommendations ignore case and trailing ";", "." or ",",
 *   since the same recommendation is often printed once ending ";" and once without.
 *   Two empty lists score 1.
 */

export const FIELDS = [
  'kind',
  'title',
  'date',
  'organisation',
  'committee',
  'author',
  'recommendations',
  'headings',
] as const;

export type Field = (typeof FIELDS)[number];

export interface KeyedDocument {
  kind: string | null;
  title: string | null;
  date: string | null;
  organisation: string | null;
  committee: string | null;
  author: string | null;
  recommendations: string[];
  headings: string[];
}

export type FieldScores = Record<Field, number>;

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;

export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(DASHES, '-')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

const foldCase = (text: string) => normalise(text).toLowerCase();

function scalarScore(expected: string | null, actual: string | null, key: (text: string) => string): number {
  if (expected === null || expected === '') return actual === null || actual === '' ? 1 : 0;
  if (actual === null) return 0;
  return key(expected) === key(actual) ? 1 : 0;
}

const names = (value: string) => value.split(';').map(foldCase).filter((name) => name !== '');

export function authorScore(expected: string | null, actual: string | null): number {
  if (expected === null || expected.trim() === '') return actual === null || actual.trim() === '' ? 1 : 0;
  if (actual === null) return 0;
  const wanted = new Set(names(expected));
  return names(actual).some((name) => wanted.has(name)) ? 1 : 0;
}

/** F1 of two lists compared as multisets of keys. */
export function listF1(expected: string[], actual: string[], key: (text: string) => string): number {
  if (expected.length === 0 && actual.length === 0) return 1;
  if (expected.length === 0 || actual.length === 0) return 0;
  const remaining = new Map<string, number>();
  for (const item of expected.map(key)) remaining.set(item, (remaining.get(item) ?? 0) + 1);
  let matched = 0;
  for (const item of actual.map(key)) {
    const left = remaining.get(item) ?? 0;
    if (left > 0) {
      matched++;
      remaining.set(item, left - 1);
    }
  }
  if (matched === 0) return 0;
  const precision = matched / actual.length;
  const recall = matched / expected.length;
  return (2 * precision * recall) / (precision + recall);
}

export const headingKey = (text: string) => foldCase(text).replace(/\s*:$/, '');
export const recommendationKey = (text: string) => foldCase(text).replace(/[\s;.,]+$/, '');

export function scoreDocument(expected: KeyedDocument, actual: KeyedDocument): FieldScores {
  return {
    kind: scalarScore(expected.kind, actual.kind, normalise),
    title: scalarScore(expected.title, actual.title, foldCase),
    date: scalarScore(expected.date, actual.date, normalise),
    organisation: scalarScore(expected.organisation, actual.organisation, foldCase),
    committee: scalarScore(expected.committee, actual.committee, normalise),
    author: authorScore(expected.author, actual.author),
    recommendations: listF1(expected.recommendations, actual.recommendations, recommendationKey),
    headings: listF1(expected.headings, actual.headings, headingKey),
  };
}

export interface Summary {
  perField: FieldScores;
  /** The mean of every document's every field. */
  overall: number;
}

export function summarise(scores: FieldScores[]): Summary {
  const perField = Object.fromEntries(
    FIELDS.map((field) => [field, scores.length ? scores.reduce((sum, s) => sum + s[field], 0) / scores.length : 0]),
  ) as FieldScores;
  const overall = FIELDS.reduce((sum, field) => sum + perField[field], 0) / FIELDS.length;
  return { perField, overall };
}
