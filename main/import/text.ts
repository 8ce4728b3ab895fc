/** Plain text: paragraphs are separated by blank lines (or page breaks); wrapped lines are rejoined. */
import { collapseWhitespace, flowingDocument } from './flowing.ts';
import type { ImportedBlock, ImportedDocument } from './model.ts';

function textBlocks(text: string): ImportedBlock[] {
  return text
    .split(/\n[ \t]*\n|\f/)
    .map((paragraph) => collapseWhitespace(paragraph))
    .filter((paragraph) => paragraph !== '')
    .map((paragraph): ImportedBlock => ({ type: 'paragraph', text: paragraph }));
}

/** Imports decoded plain text; the caller has already decoded the bytes and checked the size. */
export function importText(text: string): ImportedDocument {
  return flowingDocument('text', textBlocks(text), {});
}
