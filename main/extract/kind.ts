/**
 * Report or article. Committee papers come as PDFs or Word files; a flowing document (web page,
 * Markdown, text) is a report only when it carries a report's front sheet or recommendations.
 */
import type { DocumentFormat, DocumentKind } from '../../shared/domain.ts';
import type { DocLine } from './document-text.ts';
import type { LabelledValue } from './labels.ts';

const REPORT_FIELDS = new Set(['committee', 'date', 'title', 'author', 'from']);
const RECOMMENDED = /\b(?:is|are) (?:recommended|asked) to\b|^recommendations?:?$/i;

export function documentKind(format: DocumentFormat, lines: DocLine[], labels: LabelledValue[]): DocumentKind {
  if (format === 'pdf' || format === 'docx') return 'report';
  const fields = new Set(labels.filter((l) => REPORT_FIELDS.has(l.field)).map((l) => l.field));
  if (fields.size >= 2) return 'report';
  const recommends = lines.some((line) => RECOMMENDED.test(line.text));
  const body = lines.slice(0, 5).some((line) => /\b(?:committee|cabinet|scrutiny|council)\b/i.test(line.text));
  return recommends && body && fields.size >= 1 ? 'report' : 'article';
}
