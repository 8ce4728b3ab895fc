/**
 * A table drawn into a pdfkit document: the header row at the top of every page it reaches, cells
 * wrapped by words, a row that does not fit in what is left of a page moved whole to the next, and a
 * row taller than a page split across pages. The register's PDF and a briefing pack's recommendations
 * both draw with it, each in its own style; page size and numbering belong to whoever owns the document.
 */
type Pdf = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

export interface TableColumn {
  header: string;
  width: number;
}

export interface TableStyle {
  /** Left edge of the table. */
  x: number;
  /** Registered font names. */
  font: string;
  boldFont: string;
  fontSize: number;
  ink: string;
  header: { fill: string; ink: string };
  /** Fill for every other row, so a wide row can be read across. */
  stripe?: string;
  /** Lines around every cell. */
  grid?: boolean;
  padding: number;
  /** The lowest y a row may reach on the current page. */
  bottom: () => number;
  /** Where the table starts on a page of its own, after addPage. */
  pageTop: number;
  /** Starts a new page, leaving y at the top of its text area. */
  addPage: () => void;
  /** Tags the rows and cells into this Table element, so the PDF reads as a table to assistive technology. */
  tagInto?: Struct;
}

const LINE_GAP = 1.25;

interface TaggedRow {
  tr: Struct;
  cells: Struct[];
}
/** pdfkit writes the Table attribute "Scope" for header cells; its type declarations do not list it. */
const HEADER_CELL = { scope: 'Column' } as PDFKit.Mixins.StructureElementOptions;

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
      // A column narrower than one character still takes one a line, rather than none forever.
      while (rest.length > 1 && doc.widthOfString(rest) > width) {
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

/** Draws the header and rows from the current y, adding pages as needed; leaves y below the table. */
export function drawTable(doc: Pdf, columns: readonly TableColumn[], rows: readonly string[][], style: TableStyle): void {
  const { x, padding, fontSize } = style;
  const lineHeight = fontSize * LINE_GAP;
  const width = columns.reduce((sum, c) => sum + c.width, 0);
  const lefts = columns.map((_, i) => x + columns.slice(0, i).reduce((sum, c) => sum + c.width, 0));
  const heightOf = (cells: string[][]) => Math.max(...cells.map((c) => c.length)) * lineHeight + 2 * padding;

  /** Marks what is drawn as page furniture rather than content, in a tagged document. */
  const asArtifact = (type: 'Layout' | 'Pagination', draw: () => void) => {
    if (style.tagInto) doc.markContent('Artifact', { type });
    draw();
    if (style.tagInto) doc.endMarkedContent();
  };

  /**
   * A row in the structure tree (tagged documents only): a TR with one TH or TD a column. A row split over
   * pages adds a piece of content to each of its cells on every page, so it is still one row.
   */
  const openRow = (header: boolean): TaggedRow | null => {
    if (!style.tagInto) return null;
    const tr = doc.struct('TR');
    style.tagInto.add(tr);
    const cells = columns.map(() => doc.struct(header ? 'TH' : 'TD', header ? HEADER_CELL : {}));
    for (const cell of cells) tr.add(cell);
    return { tr, cells };
  };
  const closeRow = (row: TaggedRow | null) => {
    for (const cell of row?.cells ?? []) cell.end();
    row?.tr.end();
  };

  // Writing text moves doc.y, so the row's top is kept here and y is set below the row afterwards. A
  // header repeated on a later page (tags null, header true) is furniture: the table has one header row.
  const drawRow = (lines: string[][], header: boolean, tags: TaggedRow | null, fill: string | undefined) => {
    const top = doc.y;
    const height = heightOf(lines);
    if (fill) asArtifact('Layout', () => doc.save().rect(x, top, width, height).fill(fill).restore());
    doc.font(header ? style.boldFont : style.font).fontSize(fontSize).fillColor(header ? style.header.ink : style.ink);
    const drawCell = (column: number) =>
      (lines[column] ?? []).forEach((line, i) =>
        doc.text(line, (lefts[column] ?? x) + padding, top + padding + i * lineHeight, { lineBreak: false }),
      );
    if (tags) {
      tags.cells.forEach((cell, column) => {
        const content = doc.markStructureContent(header ? 'TH' : 'TD');
        drawCell(column);
        doc.endMarkedContent();
        cell.add(content);
      });
    } else if (header && style.tagInto) {
      asArtifact('Pagination', () => columns.forEach((_, column) => drawCell(column)));
    } else {
      columns.forEach((_, column) => drawCell(column));
    }
    if (style.grid) {
      asArtifact('Layout', () => {
        doc.save().lineWidth(0.5).strokeColor('#808080');
        doc.rect(x, top, width, height).stroke();
        for (const left of lefts.slice(1)) doc.moveTo(left, top).lineTo(left, top + height).stroke();
        doc.restore();
      });
    }
    doc.y = top + height;
  };

  doc.font(style.boldFont).fontSize(fontSize);
  const headerCells = columns.map((c) => wrap(doc, c.header, c.width - 2 * padding));
  const newPage = () => {
    style.addPage();
    drawRow(headerCells, true, null, style.header.fill);
  };
  const oneLine = lineHeight + 2 * padding;

  // The header never stands alone at the foot of a page.
  if (doc.y + heightOf(headerCells) + oneLine > style.bottom()) style.addPage();
  const headerTags = openRow(true);
  drawRow(headerCells, true, headerTags, style.header.fill);
  closeRow(headerTags);
  const pageRoom = style.bottom() - style.pageTop - heightOf(headerCells);
  rows.forEach((row, index) => {
    doc.font(style.font).fontSize(fontSize);
    let remaining = row.map((cell, i) => wrap(doc, cell, (columns[i]?.width ?? 0) - 2 * padding));
    const fill = index % 2 === 1 ? style.stripe : undefined;
    // A row moves whole to the next page when it fits there; only a row taller than a page is split.
    const tall = heightOf(remaining);
    if (doc.y + tall > style.bottom() && (tall <= pageRoom || style.bottom() - doc.y < oneLine)) newPage();
    const tags = openRow(false);
    while (remaining.some((c) => c.length > 0)) {
      const fit = Math.max(1, Math.floor((style.bottom() - doc.y - 2 * padding) / lineHeight));
      drawRow(
        remaining.map((c) => c.slice(0, fit)),
        false,
        tags,
        fill,
      );
      remaining = remaining.map((c) => c.slice(fit));
      if (remaining.some((c) => c.length > 0)) newPage();
    }
    closeRow(tags);
  });
  doc.x = x;
}
