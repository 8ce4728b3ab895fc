/**
 * Front-sheet labels: the "Meeting:", "Date:", "Report of:", "Contact officer:" fields that UK council
 * report templates print at the top of a paper, often two to a line ("Meeting: Cabinet  Date: 10 May")
 * or as a table whose header row holds the labels and whose next row holds the values.
 */
import { dateMentions } from './dates.ts';
import type { DocLine } from './document-text.ts';
import { collapse, joinLines } from './text.ts';

export type LabelField = 'committee' | 'date' | 'title' | 'author' | 'from' | 'clerk' | 'other';

export interface LabelledValue {
  field: LabelField;
  /** The label as printed, lower-cased ("meeting name"). */
  label: string;
  value: string;
  pageIndex: number;
}

/**
 * Label wording -> field. Distinctive labels that templates also print without a colon end in "!";
 * "#" allows a missing colon only before a number ("Date 7 March 2022"), since "Date of next meeting"
 * is prose.
 */
const LABELS: Record<LabelField, string[]> = {
  committee: [
    'meeting name', 'name of meeting', 'meeting', 'committee', 'report to', 'to', 'decision maker', 'decision-maker',
    'decision forum', 'forum', 'meeting of',
  ],
  date: ['date of meeting', 'meeting date', 'date of decision', 'decision date', 'date#'],
  title: ['report title!', 'title of report', 'report subject', 'subject', 'title'],
  author: [
    'report author!', 'report authors', 'author', 'authors', 'lead contact officer(s)', 'lead contact officer',
    'contact officer(s)', 'contact officers', 'contact officer!', 'officer contact', 'report contact', 'contact',
    'accountable employee!', 'officer presenting report', 'report writer', 'report prepared by', 'prepared by',
  ],
  from: ['report of', 'report from', 'report by', 'from', 'by', 'lead officer!', 'responsible officer', 'director'],
  clerk: ['clerk', 'town clerk', 'parish clerk'],
  other: [
    'item no.!', 'item no!', 'agenda item', 'classification', 'ward(s) or groups affected!', 'ward(s) affected',
    'wards affected', 'ward(s)', 'wards', 'electoral division(s)', 'electoral divisions', 'key decision',
    'key decision?', 'budget/policy framework', 'appendices', 'email', 'e-mail', 'e-mail address', 'tel',
    'telephone', 'telephone no', 'tel no', 'phone', 'address', 'proposal', 'status', 'version!', 'dated#', 'job title',
    'purpose', 'time', 'venue', 'place', 'exempt', 'relevant forward plan ref', 'cabinet member', 'portfolio holder',
    'cabinet lead', 'executive director lead', 'proposal origin', 'time frame', 'past pathway of report',
    'future pathway of report', 'background papers',
  ],
};

interface LabelSpec {
  field: LabelField;
  words: string;
  colon: 'required' | 'optional' | 'optional-before-number';
}

const COLON_RULES = { '!': 'optional', '#': 'optional-before-number' } as const;

const SPECS: LabelSpec[] = (Object.entries(LABELS) as [LabelField, string[]][])
  .flatMap(([field, words]) =>
    words.map((w): LabelSpec => {
      const mark = w.slice(-1);
      const colon = mark === '!' || mark === '#' ? COLON_RULES[mark] : 'required';
      return { field, words: colon === 'required' ? w : w.slice(0, -1), colon };
    }),
  )
  .sort((a, b) => b.words.length - a.words.length);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');

/** A label at this position: its words, then a colon (or, for distinctive labels, just a space). */
const LABEL_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(${SPECS.map((s) => escape(s.words)).join('|')})(\\s*:-?|\\s+(?=\\S))`,
  'giu',
);

function specFor(words: string): LabelSpec | undefined {
  const key = collapse(words).toLowerCase();
  return SPECS.find((spec) => spec.words === key);
}

interface LabelHit {
  spec: LabelSpec;
  start: number;
  end: number;
}

/** The labels in a line that starts with one; empty when the line is prose. */
export function labelsIn(text: string): LabelHit[] {
  const hits: LabelHit[] = [];
  for (const match of text.matchAll(LABEL_PATTERN)) {
    const spec = specFor(match[1] ?? '');
    if (!spec) continue;
    const hasColon = (match[2] ?? '').includes(':');
    const end = match.index + match[0].length;
    if (!hasColon && spec.colon === 'required') continue;
    if (!hasColon && spec.colon === 'optional-before-number' && !/^\d/.test(text.slice(end))) continue;
    // Only the start of the line, or after a previous label's value, can hold a label.
    if (hits.length === 0 && match.index !== 0) return [];
    hits.push({ spec, start: match.index, end });
  }
  return hits;
}

export function isLabelLine(text: string): boolean {
  return labelsIn(text).length > 0;
}

/** A following line continues a value when it is indented under it, close below, and not a label itself. */
function continues(line: DocLine, next: DocLine | undefined): next is DocLine {
  return (
    next !== undefined &&
    next.pageIndex === line.pageIndex &&
    next.gap < 1.8 &&
    next.x > line.x + 8 &&
    !isLabelLine(next.text)
  );
}

/** A header row of labels with empty values: the values sit in the row below, in the same order. */
function headerRowValues(hits: LabelHit[], lines: DocLine[], index: number): LabelledValue[] {
  const valuesLine = lines[index + 1];
  const dateAt = hits.findIndex((hit) => hit.spec.field === 'date');
  if (!valuesLine || isLabelLine(valuesLine.text) || dateAt < 0) return [];
  const parts = [valuesLine.text];
  for (let i = index + 2; continues(valuesLine, lines[i]); i++) parts.push((lines[i] as DocLine).text);
  const values = joinLines(parts);
  // Cells cannot be told apart in flattened text, but the date cell can: whatever follows the date
  // belongs to the label after "Date" (typically "Meeting Name" or "Decision maker").
  const date = dateMentions(values)[0];
  if (!date) return [];
  const pageIndex = valuesLine.pageIndex;
  const found: LabelledValue[] = [{ field: 'date', label: 'date', value: date.text, pageIndex }];
  const after = hits.slice(dateAt + 1);
  const tail = collapse(values.slice(date.index + date.text.length));
  if (after.length === 1 && tail) {
    const spec = (after[0] as LabelHit).spec;
    found.push({ field: spec.field, label: spec.words, value: tail, pageIndex });
  }
  return found;
}

/** Every labelled value in the given lines, in reading order. */
export function labelledValues(lines: DocLine[]): LabelledValue[] {
  const found: LabelledValue[] = [];
  lines.forEach((line, index) => {
    const hits = labelsIn(line.text);
    if (hits.length === 0) return;
    const values = hits.map((hit, i) => line.text.slice(hit.end, hits[i + 1]?.start ?? line.text.length));
    if (hits.length >= 2 && values.every((value) => collapse(value) === '')) {
      found.push(...headerRowValues(hits, lines, index));
      return;
    }
    // The last value on the line may wrap onto indented lines below it.
    const wrapped: string[] = [];
    for (let i = index + 1; continues(line, lines[i]); i++) wrapped.push((lines[i] as DocLine).text);
    hits.forEach((hit, i) => {
      const parts = i === hits.length - 1 ? [values[i] ?? '', ...wrapped] : [values[i] ?? ''];
      const value = joinLines(parts);
      if (value) found.push({ field: hit.spec.field, label: hit.spec.words, value, pageIndex: line.pageIndex });
    });
  });
  return found;
}
