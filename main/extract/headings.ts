/**
 * Top-level section headings in reading order. Report templates mark them in one of three ways:
 * numbered ("3.0 Background", "4. Legal Implications"), set in bold capitals ("KEY ISSUES FOR
 * CONSIDERATION"), or, in short papers, bold lines at the left margin. Whichever style gives the most
 * headings in a paper is taken as its top level; the other bold lines are sub-headings.
 */
import type { DocumentSection } from '../../shared/domain.ts';
import { isProminent, type DocLine, type DocumentText } from './document-text.ts';
import { isLabelLine } from './labels.ts';
import { collapse, isAllCaps, joinLines } from './text.ts';

const NUMBERED = /^(\d{1,2})(?:\.0)?\.?\s+(\p{Lu}.*)$/u;
const CLASSIFICATION =
  /^(?:public|private|open|exempt|confidential|for general release|not for publication|restricted|unrestricted|public report|part [12i]+|agenda item.*|item \d+.*|appendix.*|appendices \d.*)$/i;
const APPENDIX_START = /^appendix\s+(?:\d+|[a-z]|[ivx]+)\b(?!\))/i;
const MAX_LENGTH = 100;

interface Candidate {
  text: string;
  pageIndex: number;
  line: DocLine;
}

function headingText(text: string): string {
  // "Background Documents: None" -> "Background Documents"
  return collapse(text.replace(/\s*:.*$/, ''));
}

/** "Background Documents: None": a short unnumbered section label set like the numbered headings. */
const CLOSING_SECTION = /^\p{Lu}\p{L}*(?:\s+[\p{L}&]+){0,3}\s?:/u;

function numberedHeadings(lines: DocLine[], bodySize: number): Candidate[] {
  const prominent = lines.filter((line) => isProminent(line, bodySize) && line.text.length <= MAX_LENGTH);
  const numbered = prominent.filter((line) => NUMBERED.test(line.text));
  // Numbered lists elsewhere (appendix lists on the front sheet) sit at other indents.
  const headingX = leftMargin(numbered);
  const first = numbered.find((line) => Math.abs(line.x - headingX) < 3);
  const found: Candidate[] = [];
  for (const line of prominent.slice(first ? prominent.indexOf(first) : prominent.length)) {
    if (Math.abs(line.x - headingX) >= 3) continue;
    const match = NUMBERED.exec(line.text);
    if (match) found.push({ text: headingText(match[2] ?? ''), pageIndex: line.pageIndex, line });
    else if (CLOSING_SECTION.test(line.text)) found.push({ text: headingText(line.text), pageIndex: line.pageIndex, line });
  }
  return found;
}

function leftMargin(lines: DocLine[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) counts.set(Math.round(line.x), (counts.get(Math.round(line.x)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** Bold lines at the margin; consecutive ones (a heading wrapped over two lines) are joined. */
function marginHeadings(lines: DocLine[], bodySize: number, accept: (line: DocLine) => boolean): Candidate[] {
  const candidates = lines.filter(
    (line) =>
      isProminent(line, bodySize) &&
      !line.repeated &&
      line.text.length <= MAX_LENGTH &&
      /\p{L}{2}/u.test(line.text) &&
      !CLASSIFICATION.test(line.text) &&
      !isLabelLine(line.text) &&
      !/^[•\-–]/.test(line.text) &&
      accept(line),
  );
  const margin = leftMargin(candidates);
  const found: Candidate[] = [];
  let previous: DocLine | null = null;
  for (const line of candidates) {
    if (Math.abs(line.x - margin) > 2) continue;
    const last = found[found.length - 1];
    if (last && previous && lines.indexOf(line) === lines.indexOf(previous) + 1 && line.gap < 1.5) {
      last.text = joinLines([last.text, line.text]);
    } else {
      found.push({ text: collapse(line.text), pageIndex: line.pageIndex, line });
    }
    previous = line;
  }
  return found;
}

/** Appendices follow the report; their headings are not the report's sections. */
function beforeAppendices(lines: DocLine[], bodySize: number): DocLine[] {
  const start = lines.findIndex(
    (line) =>
      line.pageIndex > 0 && line.gap === Infinity && APPENDIX_START.test(line.text) && isProminent(line, bodySize),
  );
  return start > 0 ? lines.slice(0, start) : lines;
}

/** Lines whose text repeats (table headers on every page) are not headings. */
function withoutRepeats(lines: DocLine[]): DocLine[] {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line.text.toLowerCase(), (counts.get(line.text.toLowerCase()) ?? 0) + 1);
  return lines.filter((line) => (counts.get(line.text.toLowerCase()) ?? 0) < 2 || NUMBERED.test(line.text));
}

function pdfHeadings(text: DocumentText): Candidate[] {
  const lines = withoutRepeats(beforeAppendices(text.lines, text.bodySize));
  const schemes = [
    numberedHeadings(lines, text.bodySize),
    marginHeadings(lines, text.bodySize, (line) => isAllCaps(line.text) && !NUMBERED.test(line.text)),
    marginHeadings(lines, text.bodySize, (line) => !/[.:]$/.test(line.text) && !/^\d/.test(line.text)),
  ];
  const [numbered, capitals, bold] = schemes as [Candidate[], Candidate[], Candidate[]];
  if (numbered.length >= 3 && numbered.length >= capitals.length) return numbered;
  if (capitals.length >= 3) return capitals;
  return bold.length >= 2 ? bold : numbered;
}

/** Flowing documents: the top heading level below a lone title heading. */
function blockHeadings(lines: DocLine[]): Candidate[] {
  const headings = lines.filter((line) => line.block === 'heading');
  if (headings.length === 0) return [];
  const levels = [...new Set(headings.map((h) => h.level ?? 1))].sort((a, b) => a - b);
  const first = levels[0] as number;
  const top = levels.length > 1 && headings.filter((h) => h.level === first).length === 1 ? (levels[1] as number) : first;
  if (levels.length === 1 && headings.length === 1) return [];
  return headings.filter((h) => (h.level ?? 1) === top).map((line) => ({ text: line.text, pageIndex: 0, line }));
}

/** Plain-text reports: a short line standing alone before a numbered paragraph. */
function textHeadings(lines: DocLine[]): Candidate[] {
  return lines
    .filter((line, index) => {
      const next = lines[index + 1];
      return (
        line.text.length <= 60 &&
        /^\p{Lu}/u.test(line.text) &&
        !/[.:;,]$/.test(line.text) &&
        next !== undefined &&
        /^\d{1,3}\.\s/.test(next.text)
      );
    })
    .map((line) => ({ text: line.text, pageIndex: 0, line }));
}

export function sectionHeadings(text: DocumentText, kind: 'report' | 'article'): DocumentSection[] {
  const isPdf = text.lines.some((line) => line.block === undefined);
  let found: Candidate[];
  if (isPdf) found = pdfHeadings(text);
  else {
    found = blockHeadings(text.lines);
    if (found.length === 0 && kind === 'report') found = textHeadings(text.lines);
  }
  return found.map((c) => ({ heading: c.text, pageIndex: c.pageIndex }));
}
