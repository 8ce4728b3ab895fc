import { importBytes } from '../../../main/import/index.ts';
import { ImportError } from '../../../main/import/model.ts';
import { makeDocx, makePdf, utf8 } from './fixtures.ts';

async function refusal(bytes: Uint8Array, fileName: string): Promise<ImportError> {
  const error: unknown = await importBytes(bytes, fileName).then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('importBytes', () => {
  it('reads each format by its content, not its name', async () => {
    const pdf = await makePdf((doc) => doc.text('Agenda for the meeting'));
    const docx = await makeDocx([{ text: 'Cabinet report', style: 'Heading1' }]);
    const cases: [Uint8Array, string, string, string][] = [
      [pdf, 'agenda.docx', 'pdf', 'Agenda for the meeting'],
      [docx, 'report.pdf', 'docx', 'Cabinet report'],
      [utf8('<!doctype html><title>T</title><p>Web page</p>'), 'page.md', 'html', 'Web page'],
      [utf8('---\ntitle: Article\n---\n# Heading\n\nBody'), 'article.txt', 'markdown', 'Heading\n\nBody'],
      [utf8('Plain notes.\n\nSecond paragraph.'), 'notes.html', 'text', 'Plain notes.\n\nSecond paragraph.'],
    ];
    for (const [bytes, fileName, format, text] of cases) {
      const doc = await importBytes(bytes, fileName);
      expect({ format: doc.format, text: doc.pages[0]?.text }).toEqual({ format, text });
    }
  });

  it('refuses unreadable files with the reason', async () => {
    expect((await refusal(new Uint8Array(), 'empty.pdf')).message).toBe('the file is empty');
    expect((await refusal(utf8('%PDF-1.7\ngarbage'), 'x.pdf')).message).toMatch(/^the PDF is damaged or incomplete/);
  });

  it('wraps an unexpected failure inside a library as an ImportError naming the format', async () => {
    const docx = await makeDocx([{ text: 'Body' }], { title: 'Title' });
    const error = await refusal(corruptEntry(docx, 'docProps/core.xml'), 'report.docx');
    expect(error.message).toMatch(/^the Word document could not be read: \S/);
    expect(error.cause).toBeInstanceOf(Error);
  });
});

/** Overwrites the stored data of one zip entry, leaving the archive's directory intact. */
function corruptEntry(zip: Uint8Array, name: string): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  const encodedName = utf8(name);
  for (let at = 0; at + 30 < bytes.length; at++) {
    const isLocalHeader = view.getUint32(at, true) === 0x04034b50;
    const nameLength = isLocalHeader ? view.getUint16(at + 26, true) : 0;
    const entryName = bytes.subarray(at + 30, at + 30 + nameLength);
    if (isLocalHeader && nameLength === encodedName.length && entryName.every((byte, i) => byte === encodedName[i])) {
      const dataStart = at + 30 + nameLength + view.getUint16(at + 28, true);
      bytes.fill(0xff, dataStart, dataStart + view.getUint32(at + 18, true));
      return bytes;
    }
  }
  throw new Error(`no entry ${name} in the zip`);
}
