/**
 * Stamps every page but the cover with its pack number ("Page 12" at the foot) and a running header
 * (the agenda item, or the part). The stamps are typeset by pdfkit in DejaVu, one overlay page per pack
 * page, then drawn onto the pack pages as form XObjects marked as artifacts, so screen readers skip them
 * and the tagged text of the generated pages is undisturbed.
 */
import { PDFArray, PDFDict, PDFName, type PDFDocument, type PDFPage, type PDFPageLeaf, type PDFRef } from 'pdf-lib';
import PDFDocumentKit from 'pdfkit';
import { registerFonts } from './fonts.ts';
import { wrapContents } from './merge.ts';
import { BAND, COLOURS } from './page-geometry.ts';

export interface StampText {
  /** Null leaves the page unstamped (the cover). */
  header: string | null;
  footerLeft: string;
  label: string;
  /**
   * A protective marking drawn prominently at the top right: EXEMPT_MARKING on every page of an exempt
   * paper, so a page printed or passed on alone still says so.
   */
  marking?: string;
}

const MARKING_WIDTH = 190;
const MARKING_COLOUR = '#b00020';

/** Typesets the overlays: one page per pack page, of the same size. */
export function typesetStamps(pages: PDFPage[], texts: StampText[]): Promise<Uint8Array> {
  const doc = new PDFDocumentKit({ autoFirstPage: false, margin: 0, compress: true });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  pages.forEach((page, i) => {
    const { width, height } = page.getSize();
    const text = texts[i]!;
    doc.addPage({ size: [width, height], margin: 0 });
    if (text.header === null) return;
    const side = 28;
    const inner = width - 2 * side;
    doc.font('sans').fontSize(8.5).fillColor(COLOURS.muted);
    const headerWidth = text.marking ? inner - MARKING_WIDTH - 8 : inner;
    doc.text(text.header, side, 13, { width: headerWidth, height: 12, lineBreak: false, ellipsis: '…' });
    if (text.marking) {
      doc.font('sansBold').fontSize(9.5).fillColor(MARKING_COLOUR);
      doc.text(text.marking, width - side - MARKING_WIDTH, 12, { width: MARKING_WIDTH, align: 'right', lineBreak: false });
    }
    doc.moveTo(side, BAND - 8).lineTo(width - side, BAND - 8).lineWidth(0.5).strokeColor(COLOURS.rule).stroke();
    doc.moveTo(side, height - BAND + 8).lineTo(width - side, height - BAND + 8).lineWidth(0.5).strokeColor(COLOURS.rule).stroke();
    doc.font('sans').fontSize(8).fillColor(COLOURS.muted);
    doc.text(text.footerLeft, side, height - 21, { width: inner / 2 - 40, height: 11, lineBreak: false, ellipsis: '…' });
    doc.font('sansBold').fontSize(10).fillColor(COLOURS.ink);
    doc.text(`Page ${text.label}`, width / 2 - 60, height - 22, { width: 120, align: 'center', lineBreak: false });
  });
  doc.end();
  return done;
}

/** Draws each overlay onto its pack page, after the page's own (wrapped) content. */
export async function applyStamps(out: PDFDocument, pages: PDFPage[], overlays: Uint8Array, stamped: boolean[], originals: boolean[]): Promise<void> {
  const indices = pages.map((_, i) => i).filter((i) => stamped[i]);
  if (!indices.length) return;
  const embedded = await out.embedPdf(overlays, indices);
  indices.forEach((pageIndex, k) => {
    const page = pages[pageIndex]!;
    const node = page.node;
    // Original pages were wrapped when they were placed; generated ones are wrapped here.
    if (!originals[pageIndex]) wrapContents(out.context, node, 'q\n');
    const name = addXObject(out, node, embedded[k]!.ref);
    const stream = out.context.register(out.context.stream(`/Artifact <</Type /Pagination>> BDC q ${name} Do Q EMC\n`));
    // Every stamped page's content is an array by now (wrapContents makes it one).
    (node.Contents() as PDFArray).push(stream);
  });
}

/** Adds the XObject to a page-own copy of its resources: originals often share one resources dict. */
function addXObject(out: PDFDocument, node: PDFPageLeaf, ref: PDFRef): string {
  const resources = (node.Resources()?.clone() ?? out.context.obj({})) as PDFDict;
  const xobjects = (resources.lookupMaybe(PDFName.of('XObject'), PDFDict)?.clone() ?? out.context.obj({})) as PDFDict;
  const key = xobjects.uniqueKey('PackStamp');
  xobjects.set(key, ref);
  resources.set(PDFName.of('XObject'), xobjects);
  node.set(PDFName.of('Resources'), resources);
  return key.toString();
}
