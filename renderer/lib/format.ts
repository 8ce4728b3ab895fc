/** How dates, kinds and page numbers read on screen: British English, one style everywhere. */
import type { DocumentKind } from '../../shared/domain.ts';

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2024-03-07" -> "7 March 2024". Read as a calendar day (UTC) so no time zone can shift it a day. */
export function formatDate(isoDay: string | null): string {
  if (!isoDay) return '';
  const match = ISO_DAY.exec(isoDay);
  if (!match) return isoDay;
  const [, year, month, day] = match;
  return dayFormat.format(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))));
}

/** A full timestamp in the reader's local time, e.g. "7 March 2024 at 14:05". */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

export function kindLabel(kind: DocumentKind): string {
  return kind === 'report' ? 'Report' : 'Article';
}

/** Pages are stored from 0; people count them from 1. */
export function pageNumber(pageIndex: number): number {
  return pageIndex + 1;
}
