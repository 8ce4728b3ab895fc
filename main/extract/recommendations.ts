/**
 * Recommendations: the items under a "Recommendation(s)" / "Decision(s) recommended" heading, each
 * with its list marker removed and its wrapped lines joined. The lead-in ("Cabinet is asked to
 * RESOLVE that:") is not a recommendation; a second lead-in after items means the same
 * recommendations are printed again for another body, and only the first printing is kept. Where an
 * item is followed by explanatory paragraphs, only its first paragraph is the recommendation.
 */
import type { DocumentRecommendation } from '../../shared/domain.ts';
import { isProminent, type DocLine, type DocumentText } from './document-text.ts';
import { isLabelLine } from './labels.ts';
import { collapse, joinLines } from './text.ts';

const HEADING =
  /^(?:\d{1,2}(?:\.0)?\.?\s+)?(?:(?:cabinet member\s*\/\s*officer\s+|officer\s+)?recommendations?|recommendation\(s\)|decisions?\s+recommended|decision\(s\)\s+recommended|recommended\s+decisions?|proposed\s+decisions?)\s*(?::-?\s*(.*))?$/i;
const MARKER = /^(?:\d{1,2}\.\d{1,2}\.?|\(?\d{1,2}\)|\d{1,2}\.|\(?[a-h]\)|\(?[a-h]\.(?=\s)|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)|[•\-–▪●◦*])\s+/i;
const LEAD_IN = /(?::-?|:\s*-|\bthat)\s*$/i;
const PARAGRAPH_GAP = 1.7;

function stripMarkers(text: string): { text: string; marked: boolean } {
  let rest = text;
  let marked = false;
  for (let match = MARKER.exec(rest); match; match = MARKER.exec(rest)) {
    rest = rest.slice(match[0].length);
    marked = true;
  }
  return { text: rest, marked };
}

interface Item {
  lines: string[];
  pageIndex: number;
  closed: boolean;
}

/** The items of one recommendations section starting after the heading at `start`. */
function readSection(lines: DocLine[], start: number, bodySize: number, inline: string): Item[] {
  const heading = lines[start] as DocLine;
  const items: Item[] = [];
  let current: Item | null = inline ? { lines: [inline], pageIndex: heading.pageIndex, closed: false } : null;
  let pending: string[] = [];
  const finish = () => {
    if (current) items.push(current);
    current = null;
  };
  for (let i = start + 1; i < Math.min(lines.length, start + 120); i++) {
    const line = lines[i] as DocLine;
    const { text, marked } = stripMarkers(line.text);
    if (isLabelLine(line.text) || HEADING.test(line.text) || line.block === 'heading') break;
    // A bold line back at the heading's margin that is neither a "That …" item nor a lead-in is the
    // next section's heading ("3.0 Background").
    const itemLike = /^that\b/i.test(text) || LEAD_IN.test(line.text);
    if (isProminent(line, bodySize) && line.x <= heading.x + 4 && !itemLike && line.block === undefined) break;
    if (marked) {
      finish();
      current = { lines: [text], pageIndex: line.pageIndex, closed: false };
      continue;
    }
    if (current && !current.closed && line.gap < PARAGRAPH_GAP) {
      current.lines.push(line.text);
      continue;
    }
    if (current) {
      current.closed = true;
      // Text back at the heading's margin after the items is the next numbered paragraph.
      if (line.x <= heading.x + 2 && !/^that\b/i.test(line.text)) break;
      continue;
    }
    // Before any item: a lead-in sentence, or a recommendation written as plain paragraphs.
    if (line.gap >= PARAGRAPH_GAP && pending.length > 0) {
      items.push({ lines: pending, pageIndex: line.pageIndex, closed: true });
      pending = [];
    }
    pending.push(line.text);
    if (LEAD_IN.test(line.text)) pending = [];
  }
  finish();
  if (items.length === 0 && pending.length > 0) items.push({ lines: pending, pageIndex: heading.pageIndex, closed: true });
  return items;
}

/** The first printing wins: a lead-in after items starts the same recommendations again. */
function untilRepeat(items: Item[]): Item[] {
  const kept: Item[] = [];
  for (const item of items) {
    const text = joinLines(item.lines);
    if (LEAD_IN.test(text) && kept.length > 0) break;
    if (!LEAD_IN.test(text) && text) kept.push(item);
  }
  return kept;
}

const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);

function similar(a: string, b: string): boolean {
  const left = words(a);
  const right = words(b);
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared / Math.max(1, Math.min(left.size, right.size)) >= 0.8;
}

/** Flowing documents: markers inside one paragraph ("- (1) Note the report. - (2) Suggest ..."). */
function splitInline(text: string): string[] {
  const parts = text.split(/(?:^|\s)(?:-\s*)?\((?:\d{1,2}|[a-h])\)\s+/).map(collapse).filter(Boolean);
  return parts.length > 1 ? parts : [text];
}

function sectionStarts(lines: DocLine[]): { index: number; inline: string }[] {
  const starts: { index: number; inline: string }[] = [];
  lines.forEach((line, index) => {
    const heading = HEADING.exec(line.text);
    if (heading && line.text.length <= 80) starts.push({ index, inline: collapse(heading[1] ?? '') });
    else if (line.block && /\b(?:is|are) (?:recommended|asked) to\b.*:\s*$/i.test(line.text)) {
      starts.push({ index, inline: '' });
    }
  });
  return starts;
}

export function findRecommendations(text: DocumentText): DocumentRecommendation[] {
  const found: DocumentRecommendation[] = [];
  for (const { index, inline } of sectionStarts(text.lines)) {
    const flowing = text.lines[index]?.block !== undefined;
    const items = untilRepeat(readSection(text.lines, index, text.bodySize, inline))
      .flatMap((item) => {
        const joined = joinLines(item.lines);
        // Only flattened text puts several numbered items in one paragraph; in a PDF "(a)" inside a
        // line is a cross-reference ("the requirements of (a)").
        const parts = flowing ? splitInline(joined) : [joined];
        return parts.map((part) => ({ text: stripMarkers(part).text, pageIndex: item.pageIndex }));
      })
      .map((item) => ({ text: collapse(item.text), pageIndex: item.pageIndex }))
      .filter((item) => item.text.length > 3);
    // The same recommendations restated later (summary and body, or a closing section) are skipped.
    const fresh = items.filter((item) => !found.some((f) => similar(f.text, item.text)));
    if (fresh.length >= Math.ceil(items.length / 2)) found.push(...fresh);
  }
  return found;
}
