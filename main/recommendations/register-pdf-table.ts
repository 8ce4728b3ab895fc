/**
 * The register as a table drawn into a pdfkit document: a header row repeated on every page, cells that
 * wrap, and rows too tall for one page carried on to the next rather than cut. It draws into whatever
 * document it is given, so a briefing pack can place the table among its own pages; page numbers and
 * the page size belong to whoever owns the document.
 */
import { createRequire } from 'node:module';
import { STATUS_LABELS, type RegisterEntry } from '../../shared/recommendations.ts';
import { isOverdue } from '../../shared/register-query.ts';

type Pdf = PDFKit.PDFDocument;

const require = createRequire(import.meta.url);

/** DejaVu covers £ – “ ” and the other characters council papers use; pdfkit renders its TTF, not WOFF2. */
export const REGISTER_FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

export interface RegisterTableColumn {
  header: string;
  /** Share of the table's width. */
  weight: number;
}

export const REGISTER_TABLE_COLUMNS: readonly RegisterTableColumn[] = [
  { header: 'Report', weight: 14 },
  { header: 'No.', weight: 4 },
  { header: 'Recommendation', weight: 25 },
  { header: 'Status', weight: 9 },
  { header: 'Decision', weight: 16 },
  { header: 'Owner', weight: 9 },
  { header: 'Due', weight: 9 },
  { header: 'Response / progress', weight: 18 },
];

export type RegisterTableRow = string[];

/** The table's cells as text, one array per recommendation in the order of REGISTER_TABLE_COLUMNS. */
export function registerTableRows(entries: readonly RegisterEntry[], today: string): RegisterTableRow[] {
  return entries.map((e) => [
    [e.documentTitle, e.documentDate, e.committee].filter(Boolean).join('\n'),
    e.pageIndex === null ? String(e.number) : `${e.number}\np. ${e.pageIndex + 1}`,
    e.text,
    STATUS_LABELS[e.status],
    [e.decision, e.decisionDate && `Decided ${e.decisionDate}`].filter(Boolean).join('\n'),
    e.owner ?? '',
    e.dueDate ? `${e.dueDate}${isOverdue(e, today) ? '\nOVERDUE' : ''}` : '',
    e.response ?? '',
  ]);
}

export interface RegisterTableOptions {
  /** Left edge and width of the table; by default the page's margins. */
  x?: number;
  width?: number;
  fontSize?: number;
  /** Space to keep free at the bottom of each page, e.g. for a footer the caller stamps later. */
  bottomReserve?: number;
}

const PADDING = 3;
const LINE_GAP = 1.25;

/** Wraps text to a width by words, breaking words longer than the width by characters. */
function wrap(doc: Pdf, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (doc.widthOfString(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      let rest = word;
      while (doc.widthOfString(rest) > width) {
        let cut = rest.length - 1;
        while (cut > 1 && doc.widthOfString(rest.slice(0, cut)) > width) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Draws the header and rows from the current y position, adding pages as needed (each with the same
 * size and margins as the current one). Leaves y below the table.
 */
export function drawRegisterTable(doc: Pdf, rows: readonly RegisterTableRow[], options: RegisterTableOptions = {}): void {
  const { margins } = doc.page;
  const x = options.x ?? margins.left;
  const width = options.width ?? doc.page.width - margins.left - margins.right;
  const fontSize = options.fontSize ?? 8;
  const lineHeight = fontSize * LINE_GAP;
  const bottom = () => doc.page.height - margins.bottom - (options.bottomReserve ?? 0);
  const totalWeight = REGISTER_TABLE_COLUMNS.reduce((sum, c) => sum + c.weight, 0);
  const widths = REGISTER_TABLE_COLUMNS.map((c) => (c.weight / totalWeight) * width);
  const lefts = widths.map((_, i) => x + widths.slice(0, i).reduce((a, b) => a + b, 0));

  doc.registerFont('register-regular', REGISTER_FONTS.regular);
  doc.registerFont('register-bold', REGISTER_FONTS.bold);

  // Writing text moves doc.y, so callers keep their own top and set y below the row afterwards.
  const drawLines = (cells: string[][], top: number, height: number, font: string, fill: string | null) => {
    if (fill) doc.save().rect(x, top, width, height).fill(fill).restore();
    doc.font(font).fontSize(fontSize).fillColor('#000000');
    cells.forEach((lines, column) => {
      lines.forEach((line, i) => {
        doc.text(line, (lefts[column] ?? x) + PADDING, top + PADDING + i * lineHeight, { lineBreak: false });
      });
    });
    doc.save().lineWidth(0.5).strokeColor('#808080');
    doc.rect(x, top, width, height).stroke();
    for (const left of lefts.slice(1)) doc.moveTo(left, top).lineTo(left, top + height).stroke();
    doc.restore();
  };

  const drawHeader = () => {
    doc.font('register-bold').fontSize(fontSize);
    const cells = REGISTER_TABLE_COLUMNS.map((c, i) => wrap(doc, c.header, (widths[i] ?? 0) - 2 * PADDING));
    const height = Math.max(...cells.map((c) => c.length)) * lineHeight + 2 * PADDING;
    const top = doc.y;
    drawLines(cells, top, height, 'register-bold', '#e6e6e6');
    doc.y = top + height;
  };

  const newPage = () => {
    doc.addPage({ size: [doc.page.width, doc.page.height], margins });
    doc.y = margins.top;
    drawHeader();
  };

  if (doc.y + 3 * lineHeight > bottom()) doc.addPage({ size: [doc.page.width, doc.page.height], margins });
  drawHeader();
  for (const row of rows) {
    doc.font('register-regular').fontSize(fontSize);
    let remaining = row.map((cell, i) => wrap(doc, cell, (widths[i] ?? 0) - 2 * PADDING));
    // A row moves whole to the next page when it fits there; only a row taller than a page is split.
    const fullHeight = Math.max(...remaining.map((c) => c.length)) * lineHeight + 2 * PADDING;
    const freshPageRoom = bottom() - margins.top - 4 * lineHeight;
    if (doc.y + fullHeight > bottom() && fullHeight <= freshPageRoom) newPage();
    while (remaining.some((c) => c.length > 0)) {
      const fit = Math.max(1, Math.floor((bottom() - doc.y - 2 * PADDING) / lineHeight));
      const now = remaining.map((c) => c.slice(0, fit));
      const height = Math.max(...now.map((c) => c.length)) * lineHeight + 2 * PADDING;
      const top = doc.y;
      drawLines(now, top, height, 'register-regular', null);
      doc.y = top + height;
      remaining = remaining.map((c) => c.slice(fit));
      if (remaining.some((c) => c.length > 0)) newPage();
    }
  }
  doc.x = x;
}
