/** Builds documents for repository tests without going through the importers. */
import { createHash } from 'node:crypto';
import type { NewDocument } from '../../main/db/documents.ts';

export function newDocument(overrides: Partial<NewDocument> & { pages?: string[] } = {}): NewDocument {
  const pages = overrides.pages ?? ['First page text.', 'Second page text.'];
  const bytes = overrides.bytes ?? new TextEncoder().encode(`${overrides.title ?? 'Doc'}|${pages.join('|')}`);
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes,
    fileName: 'doc.pdf',
    format: 'pdf',
    kind: 'report',
    title: 'A report',
    date: '2026-03-11',
    organisation: 'Gloucester City Council',
    committee: 'Cabinet',
    author: 'Jon McGinty',
    sections: [],
    recommendations: [],
    ...overrides,
    pages,
  };
}
