/** What the reader has set in the register view; kept by the app so it survives opening a report. */
import type { RegisterFilter, RegisterSort } from '../../../shared/recommendations.ts';
import { defaultRegisterSort } from '../../../shared/register-query.ts';

export interface RegisterSettings {
  query: string;
  filter: RegisterFilter;
  sort: RegisterSort;
}

export const defaultRegisterSettings: RegisterSettings = { query: '', filter: {}, sort: defaultRegisterSort };

export function hasFilters({ query, filter }: RegisterSettings): boolean {
  return Boolean(
    query.trim() ||
      filter.committee ||
      filter.organisation ||
      filter.owner?.trim() ||
      filter.overdueOnly ||
      filter.from ||
      filter.to ||
      filter.statuses?.length,
  );
}

/** Enough words to be found in one place only; short enough that a line break or hyphen later in the text cannot spoil the match. */
const PASSAGE_WORDS = 8;

/**
 * What to highlight when a recommendation is opened in its report: the opening words of the text as the
 * report printed it (an edited text may no longer be on the page). The reader finds it as one phrase and
 * goes to it, so the passage itself is marked rather than every common word on the page.
 */
export function passageTerms(entry: { text: string; originalText: string | null }): string[] {
  const words = (entry.originalText ?? entry.text).split(/\s+/).filter(Boolean);
  return words.length === 0 ? [] : [words.slice(0, PASSAGE_WORDS).join(' ')];
}

/**
 * Where to split a recommendation the extractor ran together: at the sentence or clause end nearest
 * the middle, else at the middle word. The person can move text between the two parts before splitting.
 */
export function suggestSplit(text: string): [string, string] {
  const middle = text.length / 2;
  let best = -1;
  for (const match of text.matchAll(/[.;:](?:\s+|$)|\s+(?:and|or)\s+(?=that\b)/gi)) {
    const end = match.index + match[0].length;
    if (end >= text.length) continue;
    if (best < 0 || Math.abs(end - middle) < Math.abs(best - middle)) best = end;
  }
  if (best < 0) {
    const before = text.lastIndexOf(' ', Math.floor(middle));
    const after = text.indexOf(' ', Math.floor(middle));
    const candidates = [before, after].filter((i) => i > 0);
    best = candidates.length === 0 ? text.length : candidates.reduce((a, b) => (Math.abs(a - middle) <= Math.abs(b - middle) ? a : b));
  }
  return [text.slice(0, best).trim(), text.slice(best).trim()];
}
