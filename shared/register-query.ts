/**
 * Which register rows a view shows and in what order: pure functions, used alike by the register view
 * (filtering as you type), by the exports (so a file holds exactly what was on screen) and by the CLI.
 */
import {
  CLOSED_STATUSES,
  RECOMMENDATION_STATUSES,
  type RecommendationStatus,
  type RegisterEntry,
  type RegisterFilter,
  type RegisterSort,
  type RegisterSortKey,
} from './recommendations.ts';
import { compareOptionalText, textCollator } from './text-order.ts';

/** Due before today and still open. ISO days compare correctly as strings. */
export function isOverdue(entry: Pick<RegisterEntry, 'dueDate' | 'status'>, today: string): boolean {
  return entry.dueDate !== null && entry.dueDate < today && !CLOSED_STATUSES.includes(entry.status);
}

function sameText(a: string | null, b: string): boolean {
  return a !== null && a.localeCompare(b, 'en-GB', { sensitivity: 'base' }) === 0;
}

/** Every filter except the status one: the counts by status are taken over this, so each count says what clicking it would show. */
export function filterRegisterExceptStatus(
  entries: readonly RegisterEntry[],
  filter: RegisterFilter,
  today: string,
): RegisterEntry[] {
  const owner = filter.owner?.trim().toLowerCase() ?? '';
  return entries.filter((entry) => {
    if (filter.committee && !sameText(entry.committee, filter.committee)) return false;
    if (filter.organisation && !sameText(entry.organisation, filter.organisation)) return false;
    if (owner && !(entry.owner ?? '').toLowerCase().includes(owner)) return false;
    if (filter.overdueOnly && !isOverdue(entry, today)) return false;
    if (filter.from && (entry.documentDate === null || entry.documentDate < filter.from)) return false;
    if (filter.to && (entry.documentDate === null || entry.documentDate > filter.to)) return false;
    return true;
  });
}

export function filterRegister(entries: readonly RegisterEntry[], filter: RegisterFilter, today: string): RegisterEntry[] {
  const statuses = filter.statuses ?? [];
  const rest = filterRegisterExceptStatus(entries, filter, today);
  return statuses.length === 0 ? rest : rest.filter((entry) => statuses.includes(entry.status));
}

export function countByStatus(entries: readonly RegisterEntry[]): Record<RecommendationStatus, number> {
  const counts = Object.fromEntries(RECOMMENDATION_STATUSES.map((status) => [status, 0])) as Record<RecommendationStatus, number>;
  for (const entry of entries) counts[entry.status] += 1;
  return counts;
}


/** Within one report, recommendations keep the order they are printed in. */
function byReportPosition(a: RegisterEntry, b: RegisterEntry): number {
  return textCollator.compare(a.documentTitle, b.documentTitle) || a.documentId - b.documentId || a.number - b.number;
}

function sortValue(entry: RegisterEntry, key: Exclude<RegisterSortKey, 'report' | 'status'>): string | null {
  switch (key) {
    case 'date':
      return entry.documentDate;
    case 'owner':
      return entry.owner;
    case 'dueDate':
      return entry.dueDate;
    case 'committee':
      return entry.committee;
  }
}

/** Sorted copy. Rows without the sorted value go last either way; ties keep report order. */
export function sortRegister(entries: readonly RegisterEntry[], sort: RegisterSort): RegisterEntry[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...entries].sort((a, b) => {
    if (sort.key === 'report') return sign * byReportPosition(a, b);
    if (sort.key === 'status') {
      const order = RECOMMENDATION_STATUSES.indexOf(a.status) - RECOMMENDATION_STATUSES.indexOf(b.status);
      return sign * order || byReportPosition(a, b);
    }
    return compareOptionalText(sortValue(a, sort.key), sortValue(b, sort.key), sign) || byReportPosition(a, b);
  });
}

/** The distinct non-empty values of a field, sorted, for the filter's choices. */
export function distinctValues(entries: readonly RegisterEntry[], field: 'committee' | 'organisation' | 'owner'): string[] {
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const value = entry[field]?.trim();
    if (value && !seen.has(value.toLowerCase())) seen.set(value.toLowerCase(), value);
  }
  return [...seen.values()].sort(textCollator.compare);
}

export const defaultRegisterSort: RegisterSort = { key: 'date', direction: 'descending' };
