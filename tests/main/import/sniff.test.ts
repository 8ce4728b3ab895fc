import { ImportError } from '../../../main/import/model.ts';
import { MAX_TEXT_BYTES, sniffFormat } from '../../../main/import/sniff.ts';
import { makeDocx, makePdf, makeZip, utf8 } from './fixtures.ts';

async function formatOf(bytes: Uint8Array, fileName = 'file'): Promise<string> {
  return (await sniffFormat(bytes, fileName)).format;
}

async function refusal(bytes: Uint8Array, fileName = 'file'): Promise<ImportError> {
  const error: unknown = await sniffFormat(bytes, fileName).then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('sniffFormat', () => {
  it('refuses an empty file', async () => {
    expect((await refusal(new Uint8Array(), 'agenda.pdf')).message).toBe('the file is empty');
  });

  describe('PDF', () => {
    it('recognises a PDF by its header, whatever the file is called', async () => {
      const pdf = await makePdf((doc) => doc.text('Agenda'));
      expect(await formatOf(pdf, 'agenda.txt')).toBe('pdf');
    });

    it('finds the header after leading junk within the first kilobyte, but not beyond', async () => {
      const junk = (length: number): Uint8Array => utf8(`${'x'.repeat(length)}%PDF-1.7\n`);
      expect(await formatOf(junk(500))).toBe('pdf');
      expect(await formatOf(junk(1100))).toBe('text');
    });
  });

  describe('zip archives', () => {
    it('recognises a Word document by the document part inside the zip', async () => {
      expect(await formatOf(await makeDocx([{ text: 'Hello' }]), 'report.zip')).toBe('docx');
    });

    it('refuses a zip archive that is not a Word document', async () => {
      const zip = await makeZip({ 'minutes.txt': 'Minutes', 'xl/workbook.xml': '<workbook/>' });
      expect((await refusal(zip, 'papers.docx')).message).toBe(
        'the file is a zip archive, not a Word document (.docx); unzip it and import the documents inside',
      );
    });

    it('refuses a damaged zip archive', async () => {
      const docx = await makeDocx([{ text: 'Hello' }]);
      expect((await refusal(docx.slice(0, 60))).message).toMatch(/damaged or incomplete zip archive/);
    });
  });

  it('refuses the old binary Word format with advice', async () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await refusal(doc, 'report.doc')).message).toBe('old Word .doc format is not supported, save it as .docx');
  });

  it('refuses binary files that are not documents', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    expect((await refusal(png, 'photo.txt')).message).toBe('not a document Briefing Desk can read');
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x41 : 0x01));
    expect((await refusal(controls)).message).toBe('not a document Briefing Desk can read');
  });

  it('refuses Rich Text Format with advice', async () => {
    expect((await refusal(utf8('{\\rtf1\\ansi Hello}'), 'letter.txt')).message).toMatch(/\.rtf\) is not supported/);
  });

  it('refuses a text file over the size limit', async () => {
    const huge = new Uint8Array(MAX_TEXT_BYTES + 1).fill(0x61);
    expect((await refusal(huge, 'dump.txt')).message).toBe('the file is too large to read as text (51 MB; the limit is 50 MB)');
  });

  describe('HTML', () => {
    it.each([
      ['a doctype', '<!DOCTYPE html><html><body>Hi</body></html>'],
      ['an html tag after a byte-order mark and blank lines', '\uFEFF\n\n  <html lang="en"><p>Hi</p></html>'],
      ['a head tag after comments', '<!-- saved from url=(0014)about:internet -->\n<!-- x --><head><title>T</title></head>'],
      ['a body tag', '<body><p>Hi</p></body>'],
      ['an XHTML declaration', '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"></html>'],
    ])('recognises a web page starting with %s', async (_, html) => {
      const sniffed = await sniffFormat(utf8(html), 'page.txt');
      expect(sniffed.format).toBe('html');
    });

    it('does not take prose that merely mentions tags for a web page', async () => {
      expect(await formatOf(utf8('Use the <html> element to start a page.'), 'notes.txt')).toBe('text');
    });
  });

  describe('Markdown or text', () => {
    it('takes front matter as Markdown even in a .txt file', async () => {
      expect(await formatOf(utf8('---\ntitle: Budget\n---\nBody text.'), 'article.txt')).toBe('markdown');
    });

    it('takes two or more Markdown constructs as Markdown whatever the name', async () => {
      const markdown = '# Budget\n\nSee [the report](https://example.org/r.pdf).\n';
      expect(await formatOf(utf8(markdown), 'article.txt')).toBe('markdown');
    });

    it('lets the extension settle a single Markdown construct', async () => {
      const oneHeading = utf8('# Budget\n\nThe council met.');
      expect(await formatOf(oneHeading, 'notes.txt')).toBe('text');
      expect(await formatOf(oneHeading, 'notes.md')).toBe('markdown');
      expect(await formatOf(oneHeading, 'notes')).toBe('markdown');
    });

    it('lets the extension settle plain prose', async () => {
      const prose = utf8('The council met.\n\nIt agreed the budget.');
      expect(await formatOf(prose, 'article.MD')).toBe('markdown');
      expect(await formatOf(prose, 'article.txt')).toBe('text');
      expect(await formatOf(prose, 'article.pdf')).toBe('text');
    });

    it('hands over the decoded text', async () => {
      const sniffed = await sniffFormat(new Uint8Array([0xa3, 0x35, 0x0d, 0x0a]), 'price.txt');
      expect(sniffed).toEqual({ format: 'text', text: '£5\n' });
    });
  });
});
