import { degrees, PDFDocument } from 'pdf-lib';
import { ImportError } from '../../../main/import/model.ts';
import { importPdf, NO_TEXT_LAYER_WARNING } from '../../../main/import/pdf.ts';
import { makePdf, utf8 } from './fixtures.ts';

async function refusal(bytes: Uint8Array): Promise<ImportError> {
  const error: unknown = await importPdf(bytes).then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

function reportPdf(): Promise<Uint8Array> {
  return makePdf(
    (doc) => {
      doc.font('Helvetica-Bold').fontSize(18).text('Local Council Tax Support Scheme', 72, 72);
      doc.font('Helvetica').fontSize(11).text('Purpose of Report', 72, 120);
      doc.text('Meeting:', 72, 150).text('Cabinet', 200, 150);
      doc.addPage().font('Helvetica').fontSize(11).text('Recommendations £5m – agreed', 72, 72);
    },
    {
      info: {
        Title: 'Microsoft Word - LCTS.doc',
        Author: 'Karen Haile',
        CreationDate: new Date('2025-11-07T16:40:00Z'),
      },
    },
  );
}

describe('importPdf', () => {
  it('gives one page per PDF page with its size and text in reading order', async () => {
    const doc = await importPdf(await reportPdf());
    expect(doc.format).toBe('pdf');
    expect(doc.blocks).toEqual([]);
    expect(doc.warning).toBeUndefined();
    expect(doc.pages.map((page) => [page.index, page.width, page.height])).toEqual([
      [0, 612, 792],
      [1, 612, 792],
    ]);
    expect(doc.pages[0]?.text).toBe('Local Council Tax Support Scheme\nPurpose of Report\nMeeting: Cabinet');
    expect(doc.pages[1]?.text).toBe('Recommendations £5m – agreed');
  });

  it('keeps layout: positions from the top-left, font sizes and bold from the font name', async () => {
    const [page] = (await importPdf(await reportPdf())).pages;
    const [title, purpose] = page?.lines ?? [];
    expect(title).toMatchObject({ text: 'Local Council Tax Support Scheme', x: 72, fontSize: 18, bold: true });
    expect(purpose).toMatchObject({ text: 'Purpose of Report', x: 72, fontSize: 11, bold: false });
    // pdfkit places text by the top of its box (72 and 120 points from the top of the page); a line's
    // y is its baseline less the font size, so it sits within a few points of that.
    expect(Math.abs((title?.y ?? 0) - 72)).toBeLessThan(6);
    expect(Math.abs((purpose?.y ?? 0) - 120)).toBeLessThan(6);
  });

  it('reads only what lies inside the crop box, placed from its top-left corner', async () => {
    const wide = await makePdf((doc) => {
      doc.font('Helvetica').fontSize(12).text('Inside the crop', 100, 100, { lineBreak: false });
      doc.text('Cut off', 500, 100, { lineBreak: false });
    });
    const cropped = await PDFDocument.load(wide);
    // Keeps x 50-400 and, from the top of the 792-point page, 42-542.
    cropped.getPage(0).setCropBox(50, 250, 350, 500);
    const [page] = (await importPdf(await cropped.save())).pages;
    expect([page?.width, page?.height, page?.text]).toEqual([350, 500, 'Inside the crop']);
    expect(page?.lines[0]?.x).toBeCloseTo(50, 0);
  });

  it('reads a page turned by its rotation as it is shown, like a landscape table in a portrait report', async () => {
    const sideways = await makePdf((doc) => {
      doc.font('Helvetica').fontSize(12);
      // Drawn a quarter turn round, and turned back by the page's /Rotate when shown.
      doc.save().rotate(-90, { origin: [300, 400] });
      doc.text('Budget line one', 150, 300, { lineBreak: false });
      doc.text('Budget line two', 150, 320, { lineBreak: false });
      doc.restore();
    });
    const turned = await PDFDocument.load(sideways);
    turned.getPage(0).setRotation(degrees(90));
    const [page] = (await importPdf(await turned.save())).pages;
    expect([page?.width, page?.height]).toEqual([792, 612]);
    expect(page?.text).toBe('Budget line one\nBudget line two');
  });

  it('keeps the hyphen that ends a line where a word is split', async () => {
    const split = await makePdf((doc) => {
      doc.font('Helvetica').fontSize(11);
      doc.text('That the Cabinet Member approves the re-', 72, 72, { lineBreak: false });
      doc.text('phasing of 57-76 Northchurch.', 72, 86, { lineBreak: false });
    });
    expect((await importPdf(split)).pages[0]?.text).toBe('That the Cabinet Member approves the re-\nphasing of 57-76 Northchurch.');
  });

  it('reads the declared title, author and creation date', async () => {
    const doc = await importPdf(await reportPdf());
    expect(doc.properties).toEqual({
      title: 'Microsoft Word - LCTS.doc',
      author: 'Karen Haile',
      date: '2025-11-07T16:40:00.000Z',
    });
  });

  it('leaves the caller’s bytes intact', async () => {
    const bytes = await reportPdf();
    const copy = bytes.slice();
    await importPdf(bytes);
    expect(bytes).toEqual(copy);
  });

  it('imports a PDF without text, warning that it looks scanned', async () => {
    const scan = await makePdf((doc) => {
      doc.rect(72, 72, 300, 400).fill('#777');
      doc.addPage().circle(200, 200, 50).fill('#333');
    });
    const doc = await importPdf(scan);
    expect(doc.pages).toHaveLength(2);
    expect(doc.pages.every((page) => page.text === '' && page.lines.length === 0)).toBe(true);
    expect(doc.warning).toBe(NO_TEXT_LAYER_WARNING);
    expect(NO_TEXT_LAYER_WARNING).toBe('no text layer: this looks like a scanned image, so its text cannot be searched');
  });

  it('refuses a password-protected PDF', async () => {
    const options = { userPassword: 'secret', pdfVersion: '1.7' } as const;
    const locked = await makePdf((doc) => doc.text('Exempt information'), options);
    expect((await refusal(locked)).message).toBe('the PDF is password-protected');
  });

  it('opens a password-protected PDF with its password, and says when the password is wrong', async () => {
    const options = { userPassword: 'secret', pdfVersion: '1.7' } as const;
    const locked = await makePdf((doc) => doc.text('Exempt information'), options);
    expect((await importPdf(locked, 'secret')).pages[0]?.text).toBe('Exempt information');
    const wrong = await importPdf(locked, 'guess').catch((error: unknown) => error);
    expect(wrong).toBeInstanceOf(ImportError);
    expect((wrong as ImportError).message).toBe('the PDF is password-protected and the password is not right');
  });

  it('refuses a truncated PDF as damaged or incomplete', async () => {
    const whole = await reportPdf();
    const error = await refusal(whole.slice(0, Math.floor(whole.length / 3)));
    expect(error.message).toMatch(/^the PDF is damaged or incomplete: \S/);
  });

  it('refuses garbage behind a PDF header as damaged or incomplete', async () => {
    const error = await refusal(utf8(`%PDF-1.7\n${'this is not a pdf body '.repeat(40)}`));
    expect(error.message).toMatch(/^the PDF is damaged or incomplete: \S/);
  });
});
