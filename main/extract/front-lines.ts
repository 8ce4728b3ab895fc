/**
 * The opening lines of a paper's first page: letterhead, meeting name, date and title. Titles, dates
 * and committees printed without labels are read from here.
 */
import { isProminent, type DocLine, type DocumentText } from './document-text.ts';

const OPENING_LINES = 14;

/** Set in parentheses: "(meeting due 9th January - cancelled)" is about another date. */
export const ASIDE = /^\(.*\)$/;

export function openingLines(text: DocumentText): DocLine[] {
  return text.lines.filter((line) => line.pageIndex === 0).slice(0, OPENING_LINES);
}

export function prominentOpeningLines(text: DocumentText): DocLine[] {
  return openingLines(text).filter((line) => isProminent(line, text.bodySize) || line.repeated);
}
