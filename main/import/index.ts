/**
 * The importers' single entry point: bytes and a file name in, an ImportedDocument out. Every failure
 * is an ImportError whose message says, in a clerk's words, what is wrong with the file; the caller
 * adds the file's name.
 */
import type { DocumentFormat } from '../../shared/domain.ts';
import { errorReason } from './error-reason.ts';
import { ImportError, type ImportedDocument } from './model.ts';
import { sniffFormat, type SniffedFile } from './sniff.ts';

const FORMAT_NAMES: Record<DocumentFormat, string> = {
  pdf: 'PDF',
  docx: 'Word document',
  html: 'web page',
  markdown: 'Markdown file',
  text: 'text file',
};

/** What a reader may need beyond the bytes; only encrypted PDFs use it so far. */
export interface ImportOptions {
  password?: string;
}

/**
 * Each format's reader is loaded the first time a file of that format comes: a batch of PDFs never loads
 * the Word and web-page libraries, which took about 150 ms of every parse worker's start.
 */
async function dispatch(sniffed: SniffedFile, bytes: Uint8Array, options: ImportOptions): Promise<ImportedDocument> {
  switch (sniffed.format) {
    case 'pdf':
      return (await import('./pdf.ts')).importPdf(bytes, options.password);
    case 'docx':
      return (await import('./docx.ts')).importDocx(bytes);
    case 'html':
      return (await import('./html.ts')).importHtml(sniffed.text);
    case 'markdown':
      return (await import('./markdown.ts')).importMarkdown(sniffed.text);
    case 'text':
      return (await import('./text.ts')).importText(sniffed.text);
  }
}

/** Reads a file of any supported format, decided by its content; the name only settles Markdown vs text. */
export async function importBytes(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<ImportedDocument> {
  const sniffed = await sniffFormat(bytes, fileName);
  try {
    return await dispatch(sniffed, bytes, options);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    // A library tripping over a malformed file is still a problem with the file, not with the app.
    const message = `the ${FORMAT_NAMES[sniffed.format]} could not be read: ${errorReason(error)}`;
    throw new ImportError(message, { cause: error });
  }
}
