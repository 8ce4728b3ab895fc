/**
 * Agendas: after an "AGENDA" line, the numbered items in sequence. A file can hold several agendas
 * (an AGM followed by an ordinary meeting), and an item may run over two lines or carry a sub-list.
 */
import type { DocLine } from './document-text.ts';
import { collapse, joinLines } from './text.ts';

export interface AgendaItem {
  title: string;
  pageIndex: number;
}

const AGENDA_MARKER = /^(?:(?:public|private|revised|supplementary)\s+)?(?:[\p{L}.&' ]{0,40}\s)?agenda$/iu;
const ITEM = /^(?:item\s+)?(\d{1,4})(?:\.(?!\d))?\s+(\S.*)$/i;
const SUB_ITEM_MARKER = /^(?:\(?[a-z]{1,3}\)|\(\d+\)|[•\-–])\s/i;

export function isAgendaMarker(line: DocLine): boolean {
  return AGENDA_MARKER.test(line.text) && line.text.length <= 45;
}

/** Where an item's title ends: a ":-" or ":" introducing its sub-list or details. */
function itemTitle(text: string, hasSubList: boolean, bold: boolean): string {
  let title = text.replace(/\s*:-?\s.*$/, '').replace(/\s*:-?$/, '');
  // "Finance - Draft budget" followed by more indented sub-items: the dash opens a sub-list.
  if (hasSubList && !bold) title = title.replace(/\s[-–]\s.*$/, '');
  return collapse(title.replace(/\s[-–]$/, ''));
}

function itemNumber(line: DocLine): number | null {
  const match = ITEM.exec(line.text);
  return match ? Number(match[1]) : null;
}

/** The items of one agenda starting after the marker at `start`; stops where the numbering breaks. */
function readAgenda(lines: DocLine[], start: number): { items: AgendaItem[]; end: number } {
  const items: AgendaItem[] = [];
  let expected: number | null = null;
  let itemX = 0;
  let i = start + 1;
  let sinceLastItem = 0;
  while (i < lines.length) {
    const line = lines[i] as DocLine;
    if (isAgendaMarker(line) && items.length > 0) {
      // A private part of the same agenda continues its numbering; a new agenda restarts it.
      const next = lines.slice(i + 1).find((l) => itemNumber(l) !== null);
      if (!next || itemNumber(next) !== expected) break;
      i++;
      continue;
    }
    const number = itemNumber(line);
    const isNext =
      number !== null &&
      (expected === null ? !SUB_ITEM_MARKER.test(line.text) : number === expected && Math.abs(line.x - itemX) < 12);
    if (!isNext) {
      sinceLastItem++;
      if (items.length > 0 && sinceLastItem > 40) break;
      i++;
      continue;
    }
    sinceLastItem = 0;
    if (expected === null) itemX = line.x;
    const parts = [(ITEM.exec(line.text)?.[2] ?? '')];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const next = lines[j] as DocLine;
      const wraps =
        next.pageIndex === line.pageIndex &&
        next.gap < 1.5 &&
        next.x >= itemX - 2 &&
        next.x <= itemX + 45 &&
        next.bold === line.bold &&
        itemNumber(next) === null &&
        !SUB_ITEM_MARKER.test(next.text) &&
        !/(?::-?|\s[-–])$/.test(parts[parts.length - 1] ?? '');
      if (!wraps) break;
      parts.push(next.text);
    }
    const following = lines[j];
    const hasSubList =
      following !== undefined && itemNumber(following) === null && following.x > itemX + 45 && following.gap < 1.5;
    items.push({ title: itemTitle(joinLines(parts), hasSubList, line.bold), pageIndex: line.pageIndex });
    expected = (number as number) + 1;
    i = j;
  }
  return { items, end: i };
}

/** Every agenda's items in order; empty when the document has no agenda. */
export function agendaItems(lines: DocLine[]): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isAgendaMarker(lines[i] as DocLine)) continue;
    const agenda = readAgenda(lines, i);
    if (agenda.items.length >= 2) {
      items.push(...agenda.items);
      i = agenda.end - 1;
    }
  }
  return items;
}
