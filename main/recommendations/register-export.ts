/**
 * Exports of the register: the same search, filters and order the view shows, written as CSV or PDF.
 * The view, the CLI and the export all select rows with shared/register-query.ts, so a file holds
 * exactly the rows that were on screen.
 */
import { STATUS_LABELS, type RegisterEntry, type RegisterExport, type RegisterFilter, type RegisterSort } from '../../shared/recommendations.ts';
import { defaultRegisterSort, filterRegister, sortRegister } from '../../shared/register-query.ts';
import type { Db } from '../db/connection.ts';
import { registerCsv } from './register-csv.ts';
import { registerPdf } from './register-pdf.ts';
import { listRegister } from './register-repository.ts';

export interface RegisterView {
  query?: string;
  filter?: RegisterFilter;
  sort?: RegisterSort;
}

export function selectRegister(db: Db, view: RegisterView, today: string): RegisterEntry[] {
  const entries = filterRegister(listRegister(db, view.query ?? ''), view.filter ?? {}, today);
  return sortRegister(entries, view.sort ?? defaultRegisterSort);
}

/** "12 recommendations · Committee: Cabinet · Overdue only", so a printed page says what it leaves out. */
export function describeView(view: RegisterView, count: number): string {
  const { filter = {}, query = '' } = view;
  const parts = [`${count} recommendation${count === 1 ? '' : 's'}`];
  if (query.trim()) parts.push(`Search: “${query.trim()}”`);
  if (filter.committee) parts.push(`Committee: ${filter.committee}`);
  if (filter.organisation) parts.push(`Organisation: ${filter.organisation}`);
  if (filter.statuses?.length) parts.push(`Status: ${filter.statuses.map((s) => STATUS_LABELS[s]).join(', ')}`);
  if (filter.owner?.trim()) parts.push(`Owner: ${filter.owner.trim()}`);
  if (filter.overdueOnly) parts.push('Overdue only');
  if (filter.from || filter.to) parts.push(`Report dates ${filter.from ?? 'any'} to ${filter.to ?? 'any'}`);
  return parts.join(' · ');
}

export async function exportRegister(db: Db, format: 'csv' | 'pdf', view: RegisterView, today: string): Promise<RegisterExport> {
  const entries = selectRegister(db, view, today);
  const baseName = `recommendations-register-${today}`;
  if (format === 'csv') {
    return { fileName: `${baseName}.csv`, mimeType: 'text/csv', data: new TextEncoder().encode(registerCsv(entries, today)) };
  }
  const data = await registerPdf(entries, {
    title: 'Recommendations register',
    subtitle: `${describeView(view, entries.length)} · Exported ${today}`,
    today,
  });
  return { fileName: `${baseName}.pdf`, mimeType: 'application/pdf', data };
}
