/** Generates real PDFs with pdfkit for tests: a title in large type, then pages of body text. */
import PDFDocument from 'pdfkit';

export interface PdfSpec {
  title?: string;
  /** Text of each page, after the title on the first. */
  pages: string[];
  info?: { Title?: string; Author?: string };
}

export function makePdf(spec: PdfSpec): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: spec.info ?? {} });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    spec.pages.forEach((text, index) => {
      if (index > 0) doc.addPage();
      if (index === 0 && spec.title) doc.font('Helvetica-Bold').fontSize(20).text(spec.title).moveDown();
      doc.font('Helvetica').fontSize(11).text(text);
    });
    doc.end();
  });
}
