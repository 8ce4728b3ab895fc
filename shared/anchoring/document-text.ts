/**
 * The normalised text every anchor's offsets refer to. Whitespace differs between the extractor, the
 * PDF text layer and the HTML the reader draws, so runs of whitespace count as one space; pages are
 * joined by a single newline so an offset always falls on exactly one page.
 */

export const PAGE_SEPARATOR = '\n';

export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export interface DocumentText {
  text: string;
  /** Offset in `text` at which each page begins. */
  pageStarts: number[];
}

export function documentText(pages: readonly string[]): DocumentText {
  const pageStarts: number[] = [];
  let text = '';
  pages.forEach((page, index) => {
    if (index > 0) text += PAGE_SEPARATOR;
    pageStarts.push(text.length);
    text += normaliseText(page);
  });
  return { text, pageStarts };
}

/** The page an offset falls on. */
export function pageAt(doc: DocumentText, offset: number): number {
  let low = 0;
  let high = doc.pageStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((doc.pageStarts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}

/** The blocks (paragraphs) of a flowing document's page, as the reader shows them, with their offsets. */
export interface TextBlock {
  text: string;
  start: number;
}

export function pageBlocks(doc: DocumentText, pageText: string, pageIndex: number): TextBlock[] {
  // Blocks are separated by blank lines; normalising each and joining with one space gives exactly the
  // page's normalised text, so each block's offset is the running sum.
  let offset = doc.pageStarts[pageIndex] ?? 0;
  const blocks: TextBlock[] = [];
  for (const raw of pageText.split(/\n\s*\n/)) {
    const text = normaliseText(raw);
    if (!text) continue;
    blocks.push({ text, start: offset });
    offset += text.length + 1;
  }
  return blocks;
}
