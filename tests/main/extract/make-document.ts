/** Small generated documents for the extractor tests: PDF-like pages of laid-out lines, or blocks. */
import type { DocumentFormat } from '../../../shared/domain.ts';
import type { DeclaredProperties, ImportedBlock, ImportedDocument, TextLine } from '../../../main/import/model.ts';

export interface LineSpec {
  text: string;
  x?: number;
  bold?: boolean;
  size?: number;
  /** Blank space above the line, in lines; 0 puts it directly under the previous one. */
  skip?: number;
}

/** One line spec per entry; a string is a plain body line at the margin. */
export function pdfDocument(pages: (LineSpec | string)[][], properties: DeclaredProperties = {}): ImportedDocument {
  return {
    format: 'pdf',
    blocks: [],
    properties,
    pages: pages.map((specs, index) => {
      let y = 60;
      const lines: TextLine[] = specs.map((entry) => {
        const spec = typeof entry === 'string' ? { text: entry } : entry;
        const size = spec.size ?? 11;
        y += (spec.skip ?? 0) * size * 1.2;
        const line = { text: spec.text, x: spec.x ?? 72, y, width: spec.text.length * 5, fontSize: size, bold: spec.bold ?? false };
        y += size * 1.2;
        return line;
      });
      return { index, width: 595, height: 842, lines, text: lines.map((l) => l.text).join('\n') };
    }),
  };
}

export function flowingDocument(
  blocks: (ImportedBlock | string)[],
  properties: DeclaredProperties = {},
  format: Exclude<DocumentFormat, 'pdf'> = 'markdown',
): ImportedDocument {
  const list = blocks.map((b): ImportedBlock => (typeof b === 'string' ? { type: 'paragraph', text: b } : b));
  return {
    format,
    blocks: list,
    properties,
    pages: [{ index: 0, width: 0, height: 0, lines: [], text: list.map((b) => b.text).join('\n\n') }],
  };
}
