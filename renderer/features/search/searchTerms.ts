/** The words to highlight in a document opened from a search result. */
import { splitSnippet } from '../../lib/highlight.ts';

/** Search operators, not words anyone is looking for. */
const OPERATORS = new Set(['AND', 'OR', 'NOT', 'NEAR']);

function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The query's words, plus the words main actually matched in the snippet (they may be other forms of the
 * query's words). Single letters are left out unless they are digits: they would light up half the page.
 */
export function searchTerms(query: string, snippet = ''): string[] {
  const fromQuery = wordsOf(query).filter((word) => !OPERATORS.has(word));
  const fromSnippet = splitSnippet(snippet)
    .filter((run) => run.marked)
    .flatMap((run) => wordsOf(run.text));
  const terms = [...fromQuery, ...fromSnippet]
    .map((word) => word.toLowerCase())
    .filter((word) => word.length > 1 || /\p{N}/u.test(word));
  return [...new Set(terms)];
}
