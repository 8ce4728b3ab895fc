/**
 * The register as CSV for spreadsheets. Excel only reads a CSV as UTF-8 when it starts with a byte-order
 * mark, and "£" or curly quotes would otherwise arrive garbled; lines end in CRLF as RFC 4180 asks.
 */
import { STATUS_LABELS, type RegisterEntry } from '../../shared/recommendations.ts';
import { isOverdue } from '../../shared/register-query.ts';
import { csvField } from '../csv-field.ts';

const COLUMNS: readonly { header: string; value: (entry: RegisterEntry, today: string) => string | number | null }[] = [
  { header: 'Report', value: (e) => e.documentTitle },
  { header: 'Report date', value: (e) => e.documentDate },
  { header: 'Committee', value: (e) => e.committee },
  { header: 'Organisation', value: (e) => e.organisation },
  { header: 'No.', value: (e) => e.number },
  { header: 'Page', value: (e) => (e.pageIndex === null ? null : e.pageIndex + 1) },
  { header: 'Recommendation', value: (e) => e.text },
  { header: 'Status', value: (e) => STATUS_LABELS[e.status] },
  { header: 'Decision', value: (e) => e.decision },
  { header: 'Decision date', value: (e) => e.decisionDate },
  { header: 'Owner', value: (e) => e.owner },
  { header: 'Due date', value: (e) => e.dueDate },
  { header: 'Overdue', value: (e, today) => (isOverdue(e, today) ? 'Yes' : '') },
  { header: 'Response / progress', value: (e) => e.response },
  { header: 'Text as extracted', value: (e) => e.originalText },
  { header: 'Register id', value: (e) => e.id },
];

export function registerCsv(entries: readonly RegisterEntry[], today: string): string {
  const lines = [COLUMNS.map((c) => csvField(c.header)).join(',')];
  for (const entry of entries) lines.push(COLUMNS.map((c) => csvField(c.value(entry, today))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
