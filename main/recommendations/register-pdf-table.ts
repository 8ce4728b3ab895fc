/**
 * The register as a table (see pdf-table.ts) drawn into a pdfkit document. It draws into whatever
 * document it is given; page numbers and the page size belong to whoever owns the document.
 */
import { createRequire } from 'node:module';
import { STATUS_LABELS, type RegisterEntry } from '../../shared/recommendations.ts';
import { isOverdue } from '../../shared/register-query.ts';
import { drawTable } from '../pdf-table.ts';

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

/**
 * Draws the header and rows from the current y position, adding pages as needed (each with the same
 * size and margins as the current one). Leaves y below the table.
 */
export function drawRegisterTable(doc: Pdf, rows: readonly RegisterTableRow[], options: RegisterTableOptions = {}): void {
  const { margins } = doc.page;
  const x = options.x ?? margins.left;
  const width = options.width ?? doc.page.width - margins.left - margins.right;
  const totalWeight = REGISTER_TABLE_COLUMNS.reduce((sum, c) => sum + c.weight, 0);
  doc.registerFont('register-regular', REGISTER_FONTS.regular);
  doc.registerFont('register-bold', REGISTER_FONTS.bold);
  drawTable(
    doc,
    REGISTER_TABLE_COLUMNS.map((c) => ({ header: c.header, width: (c.weight / totalWeight) * width })),
    rows,
    {
      x,
      font: 'register-regular',
      boldFont: 'register-bold',
      fontSize: options.fontSize ?? 8,
      ink: '#000000',
      header: { fill: '#e6e6e6', ink: '#000000' },
      grid: true,
      padding: 3,
      bottom: () => doc.page.height - margins.bottom - (options.bottomReserve ?? 0),
      pageTop: margins.top,
      addPage: () => {
        doc.addPage({ size: [doc.page.width, doc.page.height], margins });
        doc.y = margins.top;
      },
    },
  );
}
