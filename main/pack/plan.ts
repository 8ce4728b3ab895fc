/**
 * Which page goes where. Given the parts and how many pages each takes, lays out every pack page with a
 * key that stays the same across editions ("item-4/d17#3" is page 4 of document 17 in item 4), gives
 * each page its printed number, and lists the contents entries and what changed since the last edition.
 */
import type { PackPart } from './parts.ts';
import { itemHeading } from './parts.ts';
import type { PreviousEdition } from './pack-spec.ts';

export interface PlannedPage {
  key: string;
  part: PackPart;
  /** Index of the page within its part (for originals, the page of the source document). */
  pageInPart: number;
  /** The printed pack page number: "12", or "12a" for a page added after page 12 in a later edition. */
  label: string;
}

export interface ContentsEntry {
  level: 0 | 1;
  title: string;
  /** Index into the pack pages of the entry's first page. */
  firstIndex: number;
  lastIndex: number;
}

export function planPages(parts: PackPart[], pageCounts: Map<string, number>, previous: PreviousEdition | null): PlannedPage[] {
  const pages: Omit<PlannedPage, 'label'>[] = [];
  for (const part of parts) {
    const count = pageCounts.get(part.key) ?? 0;
    for (let i = 0; i < count; i++) pages.push({ key: `${part.key}#${i}`, part, pageInPart: i });
  }
  const labels = assignLabels(
    pages.map((p) => p.key),
    previous ? new Map(previous.pages.map((p) => [p.key, p.label])) : null,
  );
  return pages.map((page, i) => ({ ...page, label: labels[i]! }));
}

/**
 * First edition: 1, 2, 3… Later editions keep each page's previous number, lettered ones included, while
 * numbers still rise; a page that is new (or moved back) takes the number before it plus the next letter,
 * "12a", "12b", so no later page moves and members' printed copies still agree with the new file. A new
 * page that lands just before a kept lettered page (between 12 and 12a) has no number left for it, and the
 * lettered pages after it are lettered again.
 */
export function assignLabels(keys: string[], previous: Map<string, string> | null): string[] {
  if (!previous) return keys.map((_, i) => String(i + 1));
  let last: PageNumber = { number: 0, letter: 0 };
  return keys.map((key) => {
    const before = parsePageNumber(previous.get(key));
    last = before && comesAfter(before, last) ? before : { number: last.number, letter: last.letter + 1 };
    return `${last.number}${letters(last.letter)}`;
  });
}

/** A printed page number: 12 is { 12, 0 }, 12a { 12, 1 }, 12aa { 12, 27 }. */
interface PageNumber {
  number: number;
  letter: number;
}

function parsePageNumber(label: string | undefined): PageNumber | null {
  const match = label === undefined ? null : /^(\d+)([a-z]*)$/.exec(label);
  if (!match) return null;
  const letter = [...(match[2] as string)].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 96), 0);
  return { number: Number(match[1]), letter };
}

function comesAfter(a: PageNumber, b: PageNumber): boolean {
  return a.number > b.number || (a.number === b.number && a.letter > b.letter);
}

/** 1 is "a", 26 "z", 27 "aa"; 0 is no letter. */
function letters(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  return out;
}

/** "12", or "12–15" for a run of pages. */
export function pageSpan(first: string, last: string): string {
  return first === last ? first : `${first}–${last}`;
}

/** Contents and bookmarks: each agenda item (level 0) with its note and documents (level 1), plus the other parts. */
export function contentsEntries(pages: PlannedPage[]): ContentsEntry[] {
  // Parts in pack order, each with the range of pack pages it occupies.
  const ranges: { part: PackPart; first: number; last: number }[] = [];
  pages.forEach((page, index) => {
    const current = ranges.at(-1);
    if (current && current.part === page.part) current.last = index;
    else ranges.push({ part: page.part, first: index, last: index });
  });
  const entries: ContentsEntry[] = [];
  let openGroup: string | null = null;
  for (const { part, first, last } of ranges) {
    const entry = (level: 0 | 1, title: string): ContentsEntry => ({ level, title, firstIndex: first, lastIndex: last });
    if (part.group === 'item' || part.group === 'other') {
      const group = part.item ? `item-${part.item.key}` : 'other';
      if (openGroup !== group) entries.push(entry(0, part.item ? itemHeading(part.item) : 'Other papers'));
      openGroup = group;
      entries.push(entry(1, part.title));
    } else {
      openGroup = null;
      if (part.key !== 'cover') entries.push(entry(0, part.title));
    }
  }
  fixParentRanges(entries);
  return entries;
}

/** A level-0 entry spans every level-1 entry under it. */
function fixParentRanges(entries: ContentsEntry[]): void {
  let parent: ContentsEntry | null = null;
  for (const entry of entries) {
    if (entry.level === 0) parent = entry;
    else if (parent) parent.lastIndex = Math.max(parent.lastIndex, entry.lastIndex);
  }
}

/** One sentence per change against the previous edition, by part: added, removed, grown or shrunk. */
export function describeChanges(pages: PlannedPage[], previous: PreviousEdition): string[] {
  const now = groupByPart(pages.map((p) => ({ partKey: p.part.key, partTitle: describePart(p.part), label: p.label, key: p.key })));
  const before = groupByPart(previous.pages);
  const changes: string[] = [];
  // Only the parts readers act on; the changes page itself and the contents follow from these.
  const ignored = (key: string) => key === 'changes' || key === 'contents' || key === 'cover';
  for (const [key, part] of now) {
    if (ignored(key)) continue;
    const old = before.get(key);
    const span = pageSpan(part.labels[0]!, part.labels.at(-1)!);
    if (!old) {
      changes.push(`Added: ${part.title}, page${part.labels.length > 1 ? 's' : ''} ${span}.`);
      continue;
    }
    const oldKeys = new Set(old.keys);
    const added = part.keys.filter((k) => !oldKeys.has(k)).length;
    const removed = old.keys.filter((k) => !part.keys.includes(k)).length;
    if (added || removed) {
      changes.push(`Changed: ${part.title} now runs to ${part.labels.length} page${part.labels.length > 1 ? 's' : ''} (${span}).`);
    }
  }
  for (const [key, part] of before) {
    if (ignored(key) || now.has(key)) continue;
    changes.push(`Removed: ${part.title}, formerly page${part.labels.length > 1 ? 's' : ''} ${pageSpan(part.labels[0]!, part.labels.at(-1)!)}.`);
  }
  return changes;
}

/** The title a part is known by in the changes list, naming its agenda item. */
export function describePart(part: PackPart): string {
  return part.item ? `${part.title} (${itemHeading(part.item)})` : part.title;
}

function groupByPart(
  pages: { partKey: string; partTitle: string; label: string; key: string }[],
): Map<string, { title: string; labels: string[]; keys: string[] }> {
  const groups = new Map<string, { title: string; labels: string[]; keys: string[] }>();
  for (const page of pages) {
    let group = groups.get(page.partKey);
    if (!group) groups.set(page.partKey, (group = { title: page.partTitle, labels: [], keys: [] }));
    group.labels.push(page.label);
    group.keys.push(page.key);
  }
  return groups;
}
