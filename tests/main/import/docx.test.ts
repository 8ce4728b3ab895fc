import JSZip from 'jszip';
import { importDocx, MAX_UNPACKED_MARKUP_BYTES } from '../../../main/import/docx.ts';
import { ImportError } from '../../../main/import/model.ts';
import { makeDocx, makeZip } from './fixtures.ts';

async function refusal(bytes: Uint8Array): Promise<ImportError> {
  const error: unknown = await importDocx(bytes).then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('importDocx', () => {
  it('turns Word paragraph styles into headings, paragraphs and list items', async () => {
    const bytes = await makeDocx([
      { text: 'Finance Team Resource Requirements', style: 'Heading1' },
      { text: 'Purpose of Report', style: 'Heading2' },
      { text: 'The team needs two posts & a review <soon>.' },
      { text: 'Approve the posts', style: 'ListBullet' },
      { text: 'Note the costs', style: 'ListBullet' },
    ]);
    const doc = await importDocx(bytes);
    expect(doc.format).toBe('docx');
    expect(doc.blocks).toEqual([
      { type: 'heading', level: 1, text: 'Finance Team Resource Requirements' },
      { type: 'heading', level: 2, text: 'Purpose of Report' },
      { type: 'paragraph', text: 'The team needs two posts & a review <soon>.' },
      { type: 'list-item', text: 'Approve the posts' },
      { type: 'list-item', text: 'Note the costs' },
    ]);
    expect(doc.pages).toEqual([
      {
        index: 0,
        width: 0,
        height: 0,
        lines: [],
        text:
          'Finance Team Resource Requirements\n\nPurpose of Report\n\n' +
          'The team needs two posts & a review <soon>.\n\nApprove the posts\n\nNote the costs',
      },
    ]);
  });

  it('reads title, author and creation date from the core properties', async () => {
    const bytes = await makeDocx([{ text: 'Body' }], {
      title: 'Cabinet & Council',
      creator: 'Jon Topping',
      created: '2026-02-20T09:15:00Z',
    });
    expect((await importDocx(bytes)).properties).toEqual({
      title: 'Cabinet & Council',
      author: 'Jon Topping',
      date: '2026-02-20T09:15:00Z',
    });
  });

  it('has no properties when the document declares none', async () => {
    expect((await importDocx(await makeDocx([{ text: 'Body' }]))).properties).toEqual({});
  });

  it('refuses a zip archive without a Word document part', async () => {
    const zip = await makeZip({ 'word/styles.xml': '<w:styles/>' });
    expect((await refusal(zip)).message).toBe('the file is not a Word document: the zip archive has no word/document.xml');
  });

  it('refuses a damaged document part with the reason', async () => {
    const zip = await makeZip({ 'word/document.xml': '<w:document><w:body><w:p>' });
    expect((await refusal(zip)).message).toMatch(/^the Word document is damaged or cannot be read: \S/);
  });

  it('refuses a zip bomb before unpacking it into memory', async () => {
    // A few hundred kilobytes on disk that would unpack to just over the limit.
    const bomb = new JSZip();
    bomb.file('word/document.xml', ' '.repeat(MAX_UNPACKED_MARKUP_BYTES + 1), { compression: 'DEFLATE' });
    const bytes = await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bytes.byteLength).toBeLessThan(1024 * 1024);
    expect((await refusal(bytes)).message).toMatch(/unpacks to more than 150 MB.*zip bomb/);
  });

  it('refuses bytes that are not a zip archive at all', async () => {
    const error = await refusal(new TextEncoder().encode('PK\u0003\u0004 then nothing useful'));
    expect(error.message).toMatch(/^the Word document is damaged or incomplete: \S/);
  });
});
