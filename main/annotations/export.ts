/**
 * Annotations as Markdown (to read, print or paste into a briefing note) and CSV (to open in a
 * spreadsheet). Both list documents in order and each document's annotations by position.
 */
import type { AnnotationExportFormat, LibraryAnnotation } from '../../shared/annotations.ts';
import { csvField } from '../csv-field.ts';

function whereLabel(annotation: LibraryAnnotation): string {
  const { target } = annotation;
  if (target.type === 'document') return 'Whole document';
  const pageIndex = target.type === 'page' ? target.pageIndex : target.anchor.pageIndex;
  return `Page ${pageIndex + 1}`;
}

function quoteOf(annotation: LibraryAnnotation): string {
  return annotation.target.type === 'text' ? annotation.target.anchor.quote.exact : '';
}

/** Keeps a note's own line breaks inside one list item. */
function indentLines(text: string, indent: string): string {
  return text.split(/\r?\n/).join(`\n${indent}`);
}

export function annotationsToMarkdown(annotations: readonly LibraryAnnotation[], title = 'Notes and questions'): string {
  const lines = [`# ${title}`, ''];
  if (annotations.length === 0) lines.push('No annotations.', '');
  let documentId: number | null = null;
  for (const annotation of annotations) {
    if (annotation.documentId !== documentId) {
      documentId = annotation.documentId;
      lines.push(`## ${annotation.documentTitle}`, '');
    }
    const labels = [annotation.isQuestion ? '**Question**' : null, annotation.orphaned ? '*not found in the current version*' : null]
      .filter(Boolean)
      .join(', ');
    lines.push(`- ${whereLabel(annotation)}${labels ? ` (${labels})` : ''}`);
    const quote = quoteOf(annotation);
    if (quote) lines.push(`  > ${indentLines(quote, '  > ')}`);
    if (annotation.note.trim()) lines.push(`  ${indentLines(annotation.note.trim(), '  ')}`);
    if (annotation.tags.length) lines.push(`  Tags: ${annotation.tags.join(', ')}`);
    lines.push('');
  }
  return lines.join('\n');
}

const CSV_COLUMNS = [
  'document_id',
  'document',
  'where',
  'kind',
  'colour',
  'question',
  'tags',
  'quote',
  'note',
  'orphaned',
  'created',
  'updated',
] as const;

export function annotationsToCsv(annotations: readonly LibraryAnnotation[]): string {
  const rows = annotations.map((a) => [
    String(a.documentId),
    a.documentTitle,
    whereLabel(a),
    a.target.type === 'text' ? 'highlight' : a.target.type === 'page' ? 'page note' : 'document note',
    a.target.type === 'text' ? a.colour : '',
    a.isQuestion ? 'yes' : 'no',
    a.tags.join('; '),
    quoteOf(a),
    a.note,
    a.orphaned ? 'yes' : 'no',
    a.createdAt,
    a.updatedAt,
  ]);
  // CRLF line ends, as RFC 4180 and spreadsheets expect.
  return [CSV_COLUMNS.join(','), ...rows.map((row) => row.map(csvField).join(','))].join('\r\n') + '\r\n';
}

export function exportAnnotations(annotations: readonly LibraryAnnotation[], format: AnnotationExportFormat, title?: string): string {
  return format === 'csv' ? annotationsToCsv(annotations) : annotationsToMarkdown(annotations, title);
}
