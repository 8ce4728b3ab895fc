/**
 * PDFs, read with pdf.js (the legacy build, which runs in plain Node). Each page keeps its layout:
 * lines with position, font size and weight, which extraction uses to find titles and headings.
 * pdf.js runs in this thread ("fake worker"), never evaluates code from the file, and loads its font
 * and character-map data from the installed package, never from the network.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  AnnotationMode,
  getDocument,
  PasswordResponses,
  PDFDateString,
  Util,
  VerbosityLevel,
  type PDFPageProxy,
} from 'pdfjs-dist/legacy/build/pdf.mjs';
// Loaded with this module rather than when the first PDF is opened: pdf.js looks for its document code
// on globalThis.pdfjsWorker before importing it, so a parse worker has it ready once the worker has started.
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import type { PageViewport } from 'pdfjs-dist/types/src/display/display_utils.js';
import { PDF_PASSWORD_NOT_RIGHT, PDF_PASSWORD_PROTECTED } from '../../shared/import-refusals.ts';
import { errorReason } from './error-reason.ts';
import { cleanProperties } from './flowing.ts';
import { ImportError, type DeclaredProperties, type ImportedDocument, type ImportedPage } from './model.ts';
import { rebuildLines, type PlacedText } from './pdf-lines.ts';

const PDFJS_FOLDER = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export const NO_TEXT_LAYER_WARNING = 'no text layer: this looks like a scanned image, so its text cannot be searched';

const BOLD_FONT_NAME = /bold|black|heavy/i;

function loadError(error: unknown): ImportError {
  if (error instanceof Error && error.name === 'PasswordException') {
    // pdf.js says which: no password was given, or the one given does not open the file.
    const wrong = 'code' in error && error.code === PasswordResponses.INCORRECT_PASSWORD;
    return new ImportError(wrong ? PDF_PASSWORD_NOT_RIGHT : PDF_PASSWORD_PROTECTED);
  }
  return new ImportError(`the PDF is damaged or incomplete: ${errorReason(error)}`, { cause: error });
}

function isTextItem(item: object): item is TextItem {
  return 'str' in item && 'transform' in item;
}

/** The font's real name (e.g. "ABCDEF+Arial-BoldMT"); text items only carry pdf.js's internal id. */
function fontNameOf(page: PDFPageProxy, fontId: string): string {
  if (!page.commonObjs.has(fontId)) return fontId;
  const font: unknown = page.commonObjs.get(fontId);
  return typeof font === 'object' && font !== null && 'name' in font && typeof font.name === 'string'
    ? font.name
    : fontId;
}

function placeItem(page: PDFPageProxy, viewport: PageViewport, item: TextItem): PlacedText {
  // Into the page's top-left coordinates; this also applies the page's rotation and crop box.
  const [, , c, d, x, baseline] = Util.transform(viewport.transform, item.transform) as number[];
  return {
    text: item.str,
    x: x ?? 0,
    baseline: baseline ?? 0,
    width: item.width,
    fontSize: Math.hypot(c ?? 0, d ?? 0),
    bold: BOLD_FONT_NAME.test(fontNameOf(page, item.fontName)),
  };
}

async function readPage(page: PDFPageProxy): Promise<ImportedPage> {
  const viewport = page.getViewport({ scale: 1 });
  const items = (await page.getTextContent()).items.filter(isTextItem);
  // Only building the operator list hands the page's fonts, and so their names, to this thread. It took
  // about a quarter of the time spent reading a PDF (every drawing operation built and copied across), and
  // fonts belong to the whole document, so it is built only for a page using a font no earlier page brought.
  if (items.some((item) => !page.commonObjs.has(item.fontName))) {
    await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
  }
  const runs = items.map((item) => placeItem(page, viewport, item));
  const lines = rebuildLines(runs);
  return {
    index: page.pageNumber - 1,
    width: viewport.width,
    height: viewport.height,
    lines,
    text: lines.map((line) => line.text).join('\n'),
  };
}

function infoText(info: Record<string, unknown>, key: string): string | undefined {
  const value = info[key];
  return typeof value === 'string' ? value : undefined;
}

function infoDate(info: Record<string, unknown>, key: string): string | undefined {
  const declared = infoText(info, key);
  const date = declared === undefined ? null : PDFDateString.toDateObject(declared);
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}

function declaredProperties(info: Record<string, unknown>): DeclaredProperties {
  return cleanProperties({
    title: infoText(info, 'Title'),
    author: infoText(info, 'Author'),
    date: infoDate(info, 'CreationDate'),
    description: infoText(info, 'Subject'),
  });
}

/** Imports a PDF: one page per PDF page, each with its layout lines and text. The password opens an encrypted one. */
export async function importPdf(bytes: Uint8Array, password?: string): Promise<ImportedDocument> {
  const task = getDocument({
    ...(password === undefined ? {} : { password }),
    // pdf.js takes ownership of the buffer it is given; the caller still needs its bytes.
    data: bytes.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    standardFontDataUrl: path.join(PDFJS_FOLDER, 'standard_fonts') + path.sep,
    cMapUrl: path.join(PDFJS_FOLDER, 'cmaps') + path.sep,
    // Images are never needed for text and would be decoded in full; this skips them.
    maxImageSize: 1,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      throw loadError(error);
    });
    const { info } = await pdf.getMetadata();
    const pages: ImportedPage[] = [];
    // One page at a time, each released before the next, so a long pack does not fill memory.
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number).catch((error: unknown) => {
        const message = `the PDF is damaged or incomplete: page ${number} cannot be read (${errorReason(error)})`;
        throw new ImportError(message, { cause: error });
      });
      try {
        pages.push(await readPage(page));
      } finally {
        page.cleanup();
      }
    }
    const hasText = pages.some((page) => page.lines.length > 0);
    return {
      format: 'pdf',
      pages,
      blocks: [],
      properties: declaredProperties(info as Record<string, unknown>),
      ...(hasText ? {} : { warning: NO_TEXT_LAYER_WARNING }),
    };
  } finally {
    await task.destroy();
  }
}
