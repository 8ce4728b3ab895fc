/** What every flowing format (DOCX, HTML, Markdown, text) shares once its blocks are known. */
import type { DocumentFormat } from '../../shared/domain.ts';
import { ImportError, type DeclaredProperties, type ImportedBlock, type ImportedDocument } from './model.ts';

/** Collapses runs of whitespace (including non-breaking spaces) to one space and trims the ends. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Drops properties that are missing or blank, so callers can test a property's presence directly. */
export function cleanProperties(properties: DeclaredProperties): DeclaredProperties {
  const cleaned: DeclaredProperties = {};
  for (const [key, value] of Object.entries(properties) as [keyof DeclaredProperties, string | undefined][]) {
    const text = value === undefined ? '' : collapseWhitespace(value);
    if (text) cleaned[key] = text;
  }
  return cleaned;
}

/**
 * A flowing document has no pages of its own: it becomes one page holding all of its text, blocks
 * separated by a blank line so paragraphs stay visible in the reader and in search snippets.
 */
export function flowingDocument(
  format: Exclude<DocumentFormat, 'pdf'>,
  blocks: ImportedBlock[],
  properties: DeclaredProperties,
): ImportedDocument {
  if (blocks.length === 0) throw new ImportError('the file contains no readable text');
  const text = blocks.map((block) => block.text).join('\n\n');
  return {
    format,
    pages: [{ index: 0, width: 0, height: 0, lines: [], text }],
    blocks,
    properties: cleanProperties(properties),
  };
}
