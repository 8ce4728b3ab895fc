/**
 * Decides what a file is from its content. File names lie (a saved web page called "report.pdf", a
 * Word file renamed ".txt"), so the extension only settles the one honest tie: prose that is equally
 * valid as Markdown and as plain text.
 */
import JSZip from 'jszip';
import { decodeText } from './decode-text.ts';
import { hasFrontMatter } from './front-matter.ts';
import { ImportError } from './model.ts';

const MEGABYTE = 1024 * 1024;

/** Text files beyond this are refused: no committee paper is that long, and decoding it would stall. */
export const MAX_TEXT_BYTES = 50 * MEGABYTE;

export type SniffedFile =
  | { format: 'pdf' }
  | { format: 'docx' }
  | { format: 'html' | 'markdown' | 'text'; text: string };

const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
/** Real-world PDFs sometimes carry junk (e.g. a mail header) before the marker; readers allow 1 KB. */
const PDF_HEADER_WINDOW = 1024;
const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04], // a local file header: an archive with entries
  [0x50, 0x4b, 0x05, 0x06], // an end-of-directory record first: an empty archive
];
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/** How much of a text file is inspected for binary content and Markdown signals. */
const SAMPLE_CHARS = 64 * 1024;
const MAX_CONTROL_CHARACTER_SHARE = 0.1;
const MARKDOWN_EXTENSIONS = new Set(['md', 'markdown', 'mdown', 'mkd', 'mkdn']);

function hasPrefix(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return prefix.every((byte, i) => bytes[at + i] === byte);
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  const last = Math.min(bytes.length - PDF_HEADER.length, PDF_HEADER_WINDOW - PDF_HEADER.length);
  for (let at = 0; at <= last; at++) {
    if (hasPrefix(bytes, PDF_HEADER, at)) return true;
  }
  return false;
}

async function zipHoldsWordDocument(bytes: Uint8Array): Promise<boolean> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ImportError('the file is a damaged or incomplete zip archive (Word .docx files are zip archives too)');
  }
  return zip.file('word/document.xml') !== null;
}

/** NUL or a high share of control characters means the bytes are not text, whatever they decode to. */
function looksBinary(sample: string): boolean {
  let controls = 0;
  for (const char of sample) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0) return true;
    const isControl = (code < 0x20 && char !== '\n' && char !== '\t' && char !== '\f') || (code >= 0x7f && code < 0xa0);
    if (isControl) controls++;
  }
  return controls > sample.length * MAX_CONTROL_CHARACTER_SHARE;
}

/** Skips what may precede a page's first tag: whitespace, comments and an XML declaration (XHTML). */
function skipHtmlPreamble(text: string): string {
  let rest = text.trimStart();
  for (;;) {
    if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->');
      if (end < 0) return '';
      rest = rest.slice(end + 3).trimStart();
    } else if (rest.startsWith('<?xml')) {
      const end = rest.indexOf('?>');
      if (end < 0) return '';
      rest = rest.slice(end + 2).trimStart();
    } else {
      return rest;
    }
  }
}

const HTML_OPENING = /^<(!doctype\s+html|html|head|body|meta|title|link|style|base)[\s>/]/i;

function looksLikeHtml(sample: string): boolean {
  return HTML_OPENING.test(skipHtmlPreamble(sample));
}

const MARKDOWN_SIGNALS = [
  /^#{1,6}[ \t]+\S/gm, // ATX heading
  /\[[^\]\n]+\]\([^)\s]+\)/g, // link or image
  /^```/gm, // fenced code
  /\*\*[^*\n]+\*\*/g, // strong emphasis
];

function countMarkdownSignals(sample: string): number {
  return MARKDOWN_SIGNALS.reduce((count, signal) => count + (sample.match(signal)?.length ?? 0), 0);
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

function markdownOrText(sample: string, fileName: string): 'markdown' | 'text' {
  if (hasFrontMatter(sample)) return 'markdown';
  const signals = countMarkdownSignals(sample);
  if (signals >= 2) return 'markdown';
  const extension = extensionOf(fileName);
  if (signals === 1) return extension === 'txt' ? 'text' : 'markdown';
  return MARKDOWN_EXTENSIONS.has(extension) ? 'markdown' : 'text';
}

/** Identifies the format, or throws an ImportError saying why the file cannot be imported. */
export async function sniffFormat(bytes: Uint8Array, fileName: string): Promise<SniffedFile> {
  if (bytes.length === 0) throw new ImportError('the file is empty');
  if (hasPdfHeader(bytes)) return { format: 'pdf' };
  if (ZIP_SIGNATURES.some((signature) => hasPrefix(bytes, signature))) {
    if (await zipHoldsWordDocument(bytes)) return { format: 'docx' };
    throw new ImportError(
      'the file is a zip archive, not a Word document (.docx); unzip it and import the documents inside',
    );
  }
  if (hasPrefix(bytes, OLE2_SIGNATURE)) {
    throw new ImportError('old Word .doc format is not supported, save it as .docx');
  }
  if (bytes.length > MAX_TEXT_BYTES) {
    const [size, limit] = [bytes.length, MAX_TEXT_BYTES].map((count) => Math.ceil(count / MEGABYTE));
    throw new ImportError(`the file is too large to read as text (${size} MB; the limit is ${limit} MB)`);
  }
  const text = decodeText(bytes);
  const sample = text.slice(0, SAMPLE_CHARS);
  if (looksBinary(sample)) throw new ImportError('not a document Briefing Desk can read');
  if (sample.trimStart().startsWith('{\\rtf')) {
    throw new ImportError('Rich Text Format (.rtf) is not supported, save it as .docx');
  }
  if (looksLikeHtml(sample)) return { format: 'html', text };
  return { format: markdownOrText(sample, fileName), text };
}
