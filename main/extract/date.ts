/**
 * The date a paper is filed under: for reports the meeting (or decision) date, for articles the
 * publication date. A front-sheet "Date:" wins even when it gives only a month, since then the paper
 * has no full date and any other date in it (letters, deadlines, past meetings) would be wrong.
 */
import type { DeclaredProperties } from '../import/model.ts';
import { firstFullDate } from './dates.ts';
import type { DocumentText } from './document-text.ts';
import { ASIDE, prominentOpeningLines } from './front-lines.ts';
import type { LabelledValue } from './labels.ts';

export function reportDate(text: DocumentText, labels: LabelledValue[]): string | null {
  const labelled = labels.find((l) => l.field === 'date');
  if (labelled) return firstFullDate(labelled.value);
  // "To: Cabinet – 12 January 2023" prints the date with the meeting.
  for (const committee of labels.filter((l) => l.field === 'committee')) {
    const date = firstFullDate(committee.value);
    if (date) return date;
  }
  for (const header of text.runningHeaders) {
    const date = firstFullDate(header);
    if (date) return date;
  }
  const opening = prominentOpeningLines(text)
    .map((line) => line.text)
    .filter((line) => !ASIDE.test(line));
  return firstFullDate(opening.join('\n'));
}

const PUBLISHED = /^(?:published|first published|posted|posted on|date published)\s*(?:on)?\s*:?\s*(.{6,60})/i;

export function articleDate(text: DocumentText, properties: DeclaredProperties): string | null {
  if (properties.date) {
    const iso = /^(\d{4}-\d{2}-\d{2})/.exec(properties.date);
    return iso ? (iso[1] as string) : firstFullDate(properties.date);
  }
  // Only an explicit publication stamp: other dates in an article are events, letters or updates.
  for (const line of text.lines.slice(0, 8)) {
    const published = PUBLISHED.exec(line.text) ?? /\bPUBLISHED:\s*\.?\s*(.{6,60})/.exec(line.text);
    if (published) return firstFullDate(published[1] ?? '');
  }
  return null;
}
