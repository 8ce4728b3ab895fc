/** The register (or a filtered view of it) as a PDF of its own: A4 landscape, a title, the table, page numbers. */
import PDFDocument from 'pdfkit';
import type { RegisterEntry } from '../../shared/recommendations.ts';
import { drawRegisterTable, REGISTER_FONTS, registerTableRows } from './register-pdf-table.ts';

const MARGIN = 36;
const FOOTER_HEIGHT = 16;

export interface RegisterPdfOptions {
  title: string;
  /** One line under the title saying which rows are included, e.g. the filters in use. */
  subtitle: string;
  today: string;
  /** Fixed in tests so the same register always gives the same bytes. */
  creationDate?: Date;
}

export function registerPdf(entries: readonly RegisterEntry[], options: RegisterPdfOptions): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      margin: MARGIN,
      // Pages are kept until the end so each can be stamped "Page N of M" once M is known.
      bufferPages: true,
      lang: 'en-GB',
      displayTitle: true,
      info: { Title: options.title, Subject: options.subtitle, CreationDate: options.creationDate ?? new Date() },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);

    doc.font(REGISTER_FONTS.bold).fontSize(14).text(options.title);
    doc.font(REGISTER_FONTS.regular).fontSize(9).fillColor('#333333').text(options.subtitle).fillColor('#000000');
    doc.moveDown(0.5);
    if (entries.length === 0) {
      doc.fontSize(10).text('No recommendations match this view of the register.');
    } else {
      drawRegisterTable(doc, registerTableRows(entries, options.today), { bottomReserve: FOOTER_HEIGHT });
    }

    const { start, count } = doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      doc.switchToPage(i);
      const y = doc.page.height - MARGIN - FOOTER_HEIGHT + 4;
      // Writing inside the bottom margin would make pdfkit start a new page; lift the margin while stamping.
      const bottomMargin = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc
        .font(REGISTER_FONTS.regular)
        .fontSize(8)
        .text(`Page ${i + 1} of ${count}`, MARGIN, y, { width: doc.page.width - 2 * MARGIN, align: 'right', lineBreak: false });
      doc.page.margins.bottom = bottomMargin;
    }
    doc.end();
  });
}
