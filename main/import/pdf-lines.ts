/**
 * Rebuilds the lines of a PDF page from its text items. A PDF places runs of glyphs anywhere on the
 * page in any order; lines are recovered by grouping runs that share a baseline and reading each group
 * left to right. Spaces are often not in the file at all, so a gap wider than a fraction of the font
 * size between two runs is read as one.
 */
import { collapseWhitespace } from './flowing.ts';
import type { TextLine } from './model.ts';

/** A text run placed on the page: points, origin at the page's top-left corner. */
export interface PlacedText {
  text: string;
  x: number;
  /** Distance of the run's baseline from the top of the page. */
  baseline: number;
  width: number;
  fontSize: number;
  bold: boolean;
}

/** Baselines this close (as a share of the font size) are one line; superscripts sit within it. */
const BASELINE_TOLERANCE = 0.5;
/** A horizontal gap wider than this share of the font size separates two words. */
const WORD_GAP = 0.15;

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function groupByBaseline(runs: PlacedText[]): PlacedText[][] {
  const sorted = [...runs].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const groups: PlacedText[][] = [];
  let current: PlacedText[] = [];
  let anchor: PlacedText | undefined;
  for (const run of sorted) {
    const sameLine =
      anchor !== undefined &&
      Math.abs(run.baseline - anchor.baseline) <= BASELINE_TOLERANCE * Math.max(anchor.fontSize, run.fontSize);
    if (!sameLine) {
      if (current.length > 0) groups.push(current);
      current = [];
      anchor = run;
    }
    current.push(run);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function joinLeftToRight(runs: PlacedText[]): string {
  let text = '';
  let rightEdge = -Infinity;
  for (const run of runs) {
    if (text !== '' && run.x - rightEdge > WORD_GAP * run.fontSize) text += ' ';
    text += run.text;
    rightEdge = Math.max(rightEdge, run.x + run.width);
  }
  return collapseWhitespace(text);
}

/** The value that covers the most characters, so one bold word does not make a whole line bold. */
function byCharacterShare<T>(runs: PlacedText[], valueOf: (run: PlacedText) => T): T | undefined {
  const shares = new Map<T, number>();
  for (const run of runs) shares.set(valueOf(run), (shares.get(valueOf(run)) ?? 0) + run.text.length);
  let best: T | undefined;
  let bestShare = -1;
  for (const [value, share] of shares) {
    if (share > bestShare) [best, bestShare] = [value, share];
  }
  return best;
}

function toLine(group: PlacedText[]): TextLine | null {
  const runs = [...group].sort((a, b) => a.x - b.x);
  const text = joinLeftToRight(runs);
  const visible = runs.filter((run) => run.text.trim() !== '');
  if (text === '' || visible.length === 0) return null;
  // Folded rather than spread into Math.min: a hostile page can put more runs on a line than a call takes.
  const left = visible.reduce((edge, run) => Math.min(edge, run.x), Infinity);
  const right = visible.reduce((edge, run) => Math.max(edge, run.x + run.width), -Infinity);
  // The top of the line: the highest run's baseline raised by its font size.
  const top = visible.reduce((edge, run) => Math.min(edge, run.baseline - run.fontSize), Infinity);
  return {
    text,
    x: round(left),
    y: round(top),
    width: round(right - left),
    fontSize: round(byCharacterShare(visible, (run) => round(run.fontSize)) ?? 0),
    bold: byCharacterShare(visible, (run) => run.bold) ?? false,
  };
}

/** The page's lines, top to bottom. */
export function rebuildLines(runs: PlacedText[]): TextLine[] {
  return groupByBaseline(runs.filter((run) => run.text !== ''))
    .map(toLine)
    .filter((line): line is TextLine => line !== null);
}
