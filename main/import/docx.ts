/**
 * Word documents (.docx). mammoth turns the document body into clean HTML with headings and lists
 * taken from Word's paragraph styles; the core properties (title, author, dates) live in a separate
 * part of the zip that mammoth does not read, so they are read here.
 */
import JSZip from 'jszip';
import { DOMParser, parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import { errorReason } from './error-reason.ts';
import { flowingDocument } from './flowing.ts';
import { blocksOf } from './html-blocks.ts';
import { ImportError, type DeclaredProperties, type ImportedDocument } from './model.ts';

const MAIN_DOCUMENT = 'word/document.xml';
const CORE_PROPERTIES = 'docProps/core.xml';
/** Far more markup than any real paper holds; a tiny zip that unpacks past this is a zip bomb. */
export const MAX_UNPACKED_MARKUP_BYTES = 150 * 1024 * 1024;

async function openZip(bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new ImportError(`the Word document is damaged or incomplete: ${errorReason(error)}`, { cause: error });
  }
}

/**
 * Unpacks every XML part the reader will open, counting bytes as they stream and stopping at the
 * limit, so a zip bomb is refused before anything holds it in memory. Images are never unpacked.
 */
/** JSZip's documented StreamHelper (zipObject.internalStream), which its type declarations leave out. */
interface UnpackStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): UnpackStream;
  on(event: 'error', listener: (error: Error) => void): UnpackStream;
  on(event: 'end', listener: () => void): UnpackStream;
  resume(): UnpackStream;
  pause(): UnpackStream;
}

function unpackedSize(entry: JSZip.JSZipObject, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const stream = (entry as unknown as { internalStream(type: 'uint8array'): UnpackStream }).internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        size += chunk.byteLength;
        if (size > budget) {
          // Pausing stops the inflater, so the rest of the bomb is never unpacked.
          stream.pause();
          resolve(size);
        }
      })
      // A damaged part is reported by importBytes, which names the format and keeps the cause.
      .on('error', reject)
      .on('end', () => resolve(size))
      .resume();
  });
}

async function assertUnpacksSafely(zip: JSZip): Promise<void> {
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/i.test(entry.name)) continue;
    total += await unpackedSize(entry, MAX_UNPACKED_MARKUP_BYTES - total);
    if (total > MAX_UNPACKED_MARKUP_BYTES) {
      throw new ImportError(
        `the Word document unpacks to more than ${MAX_UNPACKED_MARKUP_BYTES / 1024 / 1024} MB, far beyond any real paper (it may be a zip bomb)`,
      );
    }
  }
}

/**
 * The text of each element in an XML part, keyed by its name without the namespace prefix
 * (dc:title -> title), since prefixes vary by producer. The first element of a name wins.
 */
function fieldsOf(xml: string): Map<string, string> {
  const document = new DOMParser().parseFromString(xml, 'text/xml');
  const fields = new Map<string, string>();
  for (const element of Array.from(document.querySelectorAll('*')) as Element[]) {
    const name = element.tagName;
    const localName = name.slice(name.indexOf(':') + 1);
    if (!fields.has(localName)) fields.set(localName, element.textContent ?? '');
  }
  return fields;
}

async function coreProperties(zip: JSZip): Promise<DeclaredProperties> {
  const part = zip.file(CORE_PROPERTIES);
  if (!part) return {};
  const fields = fieldsOf(await part.async('string'));
  return {
    title: fields.get('title'),
    author: fields.get('creator'),
    date: fields.get('created') ?? fields.get('modified'),
    description: fields.get('description'),
  };
}

async function bodyHtml(bytes: Uint8Array): Promise<string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const result = await mammoth.convertToHtml(
      { buffer },
      {
        // Images are not kept, so they are not encoded either (mammoth would inline each one as base64).
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        // A document may link to files elsewhere on disk; an imported file must not make us read them.
        externalFileAccess: false,
      },
    );
    return result.value;
  } catch (error) {
    throw new ImportError(`the Word document is damaged or cannot be read: ${errorReason(error)}`, { cause: error });
  }
}

/** Imports a .docx file. */
export async function importDocx(bytes: Uint8Array): Promise<ImportedDocument> {
  const zip = await openZip(bytes);
  if (!zip.file(MAIN_DOCUMENT)) {
    throw new ImportError('the file is not a Word document: the zip archive has no word/document.xml');
  }
  await assertUnpacksSafely(zip);
  const properties = await coreProperties(zip);
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${await bodyHtml(bytes)}</body></html>`);
  return flowingDocument('docx', blocksOf(document.body), properties);
}
