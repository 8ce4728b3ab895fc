/** Splitting text into plain and marked runs, for search snippets and for matches in a document's pages. */
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../shared/domain.ts';

export interface TextRun {
  text: string;
  marked: boolean;
}

function pushRun(runs: TextRun[], text: string, marked: boolean): void {
  if (!text) return;
  const last = runs.at(-1);
  if (last && last.marked === marked) last.text += text;
  else runs.push({ text, marked });
}

/** Reads main's snippet markers. An unmatched marker (a snippet cut mid-match) just ends or starts a run. */
export function splitSnippet(snippet: string): TextRun[] {
  const runs: TextRun[] = [];
  let marked = false;
  let run = '';
  for (const char of snippet) {
    if (char === SNIPPET_MARK_START || char === SNIPPET_MARK_END) {
      pushRun(runs, run, marked);
      run = '';
      marked = char === SNIPPET_MARK_START;
    } else {
      run += char;
    }
  }
  pushRun(runs, run, marked);
  return runs;
}

const WORD_CHAR = String.raw`[\p{L}\p{N}]`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
}

/**
 * A pattern for whole words that begin with any of the terms, ignoring case: the search index matches
 * word forms ("spend" finds "spending"), so the highlight should cover the same words.
 */
export function wordPattern(terms: readonly string[]): RegExp | null {
  const cleaned = [...new Set(terms.map((term) => term.trim()).filter(Boolean))];
  if (cleaned.length === 0) return null;
  // Longest first, so "council" wins over "co" where both start the same word.
  cleaned.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<!${WORD_CHAR})(?:${cleaned.map(escapeRegExp).join('|')})${WORD_CHAR}*`, 'giu');
}

export function markMatches(text: string, pattern: RegExp | null): TextRun[] {
  if (!pattern) return text ? [{ text, marked: false }] : [];
  const runs: TextRun[] = [];
  let position = 0;
  for (const match of text.matchAll(pattern)) {
    pushRun(runs, text.slice(position, match.index), false);
    pushRun(runs, match[0], true);
    position = match.index + match[0].length;
  }
  pushRun(runs, text.slice(position), false);
  return runs;
}
