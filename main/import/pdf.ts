/**
 * PDFs, read with PDFium (see pdfium.ts). Each page keeps its layout: lines with position, font size and
 * weight, which extraction uses to find titles and headings. Characters are gathered into runs (same
 * line, size and font, no gap PDFium had to fill with a space), and runs into lines by pdf-lines.ts.
 */
import { PDF_PASSWORD_NOT_RIGHT, PDF_PASSWORD_PROTECTED } from '../../shared/import-refusals.ts';
import { errorReason } from './error-reason.ts';
import { parsePdfDate } from './pdf-date.ts';
import { cleanProperties } from './flowing.ts';
import { ImportError, type DeclaredProperties, type ImportedDocument, type ImportedPage } from './model.ts';
import { rebuildLines, type PlacedText } from './pdf-lines.ts';
import { copyIn, cString, discardPdfium, pdfium, PDFIUM_ERROR, PDFIUM_MEMORY_KEPT_BYTES, type PdfiumExports } from './pdfium.ts';

export const NO_TEXT_LAYER_WARNING = 'no text layer: this looks like a scanned image, so its text cannot be searched';

const BOLD_FONT_NAME = /bold|black|heavy/i;
const LINE_BREAK = new Set([0x0a, 0x0d]);
/** PDFium's code for a hyphen that ends a line (FPDFText_IsHyphen); the file shows an ordinary hyphen. */
const LINE_END_HYPHEN = 0x02;
const HYPHEN = 0x2d;
/** Device units per point when PDFium maps page space to the page as shown (whole numbers only). */
const DEVICE_SCALE = 64;

function loadError(engine: PdfiumExports, password: string | undefined): ImportError {
  const code = engine._FPDF_GetLastError();
  if (code === PDFIUM_ERROR.password) return new ImportError(password === undefined ? PDF_PASSWORD_PROTECTED : PDF_PASSWORD_NOT_RIGHT);
  if (code === PDFIUM_ERROR.security) return new ImportError('the PDF is protected in a way Briefing Desk cannot open');
  const reason = code === PDFIUM_ERROR.format ? 'its structure cannot be read' : 'it cannot be opened';
  return new ImportError(`the PDF is damaged or incomplete: ${reason}`);
}

/**
 * Page space (origin bottom-left, as the file draws) to the page as shown (origin top-left, the page's
 * own rotation and crop box applied; width and height are the shown page's), in points. PDFium only
 * converts one point at a time and to whole device units, so the transform is derived once per page
 * from three points.
 */
function shownPageTransform(engine: PdfiumExports, page: number, width: number, height: number, scratch: number) {
  const [deviceWidth, deviceHeight] = [Math.round(width * DEVICE_SCALE), Math.round(height * DEVICE_SCALE)];
  const toDevice = (x: number, y: number) => {
    engine._FPDF_PageToDevice(page, 0, 0, deviceWidth, deviceHeight, 0, x, y, scratch, scratch + 4);
    const ints = new Int32Array(engine.HEAPU8.buffer, scratch, 2);
    return [(ints[0] ?? 0) / DEVICE_SCALE, (ints[1] ?? 0) / DEVICE_SCALE] as const;
  };
  const UNIT = 1000;
  const [e, f] = toDevice(0, 0);
  const [ax, ay] = toDevice(UNIT, 0);
  const [cx, cy] = toDevice(0, UNIT);
  const [a, b, c, d] = [(ax - e) / UNIT, (ay - f) / UNIT, (cx - e) / UNIT, (cy - f) / UNIT];
  return (x: number, y: number) => [a * x + c * y + e, b * x + d * y + f] as const;
}

/**
 * Whether a text object's font is bold, by its name (e.g. "ABCDEF+Arial-BoldMT"). Cached by font for
 * one page only: PDFium may release a font once no open page uses it, and its address can then be reused.
 */
function boldFont(engine: PdfiumExports, textObject: number, cache: Map<number, boolean>): boolean {
  const font = engine._FPDFTextObj_GetFont(textObject);
  let bold = cache.get(font);
  if (bold === undefined) {
    const length = engine._FPDFFont_GetBaseFontName(font, 0, 0);
    let name = '';
    if (length > 0) {
      const buffer = engine._malloc(length);
      engine._FPDFFont_GetBaseFontName(font, buffer, length);
      name = new TextDecoder().decode(engine.HEAPU8.subarray(buffer, buffer + length - 1));
      engine._free(buffer);
    }
    bold = BOLD_FONT_NAME.test(name);
    cache.set(font, bold);
  }
  return bold;
}

interface OpenRun extends PlacedText {
  /** The run's right edge so far, on the page as shown. */
  right: number;
}

/** One character as the page shows it; null for one PDFium made up (a space or line break) or one off the page. */
interface PlacedCharacter {
  character: string;
  x: number;
  baseline: number;
  right: number;
  fontSize: number;
  bold: boolean;
}

type ToShown = (x: number, y: number) => readonly [number, number];

function readCharacter(
  engine: PdfiumExports,
  textPage: number,
  index: number,
  page: { width: number; height: number; toShown: ToShown; scratch: number; fonts: Map<number, boolean> },
): PlacedCharacter | null {
  const { scratch, toShown } = page;
  const code = engine._FPDFText_GetUnicode(textPage, index);
  // PDFium adds a space or line break where it sees a gap; lines and spaces are rebuilt from positions instead.
  if (LINE_BREAK.has(code) || engine._FPDFText_IsGenerated(textPage, index) === 1) return null;
  engine._FPDFText_GetCharOrigin(textPage, index, scratch, scratch + 8);
  const [x, baseline] = toShown(engine.HEAPF64[scratch >> 3] ?? 0, engine.HEAPF64[(scratch >> 3) + 1] ?? 0);
  // Text outside the crop box is not on the page anyone sees, so it is not read either.
  if (x < 0 || x > page.width || baseline < 0 || baseline > page.height) return null;
  engine._FPDFText_GetCharBox(textPage, index, scratch, scratch + 8, scratch + 16, scratch + 24);
  const f64 = engine.HEAPF64;
  const at = scratch >> 3;
  // The box is left, right, bottom, top.
  const right = Math.max(x, toShown(f64[at] ?? 0, f64[at + 2] ?? 0)[0], toShown(f64[at + 1] ?? 0, f64[at + 3] ?? 0)[0]);
  // The size in the font operator times the text's scaling: the size the text is seen at.
  engine._FPDFText_GetMatrix(textPage, index, scratch);
  const f32 = engine.HEAPF32;
  // The matrix is a, b, c, d, e, f; c and d scale the glyphs' height.
  const fontSize = engine._FPDFText_GetFontSize(textPage, index) * Math.hypot(f32[(scratch >> 2) + 2] ?? 0, f32[(scratch >> 2) + 3] ?? 1);
  const bold = boldFont(engine, engine._FPDFText_GetTextObject(textPage, index), page.fonts);
  return { character: String.fromCodePoint(code === LINE_END_HYPHEN ? HYPHEN : code), x, baseline, right, fontSize, bold };
}

/** Whether a character carries on the run: same line, size and weight, and not back to the left of it. */
function continues(run: OpenRun, next: PlacedCharacter): boolean {
  return (
    Math.abs(next.baseline - run.baseline) <= 0.05 * next.fontSize &&
    Math.abs(next.fontSize - run.fontSize) <= 0.01 &&
    next.bold === run.bold &&
    next.x >= run.right - next.fontSize
  );
}

function readPage(engine: PdfiumExports, document: number, index: number, scratch: number): ImportedPage {
  const pageHandle = engine._FPDF_LoadPage(document, index);
  if (!pageHandle) throw new ImportError(`the PDF is damaged or incomplete: page ${index + 1} cannot be read`);
  const width = engine._FPDF_GetPageWidthF(pageHandle);
  const height = engine._FPDF_GetPageHeightF(pageHandle);
  const toShown = shownPageTransform(engine, pageHandle, width, height, scratch);
  const page = { width, height, toShown, scratch, fonts: new Map<number, boolean>() };
  const textPage = engine._FPDFText_LoadPage(pageHandle);
  const runs: PlacedText[] = [];
  let run: OpenRun | null = null;
  const close = () => {
    if (run && run.text.trim() !== '') runs.push({ ...run, width: run.right - run.x });
    run = null;
  };
  try {
    const count = textPage ? engine._FPDFText_CountChars(textPage) : 0;
    for (let char = 0; char < count; char++) {
      const next = readCharacter(engine, textPage, char, page);
      if (next === null || (run !== null && !continues(run, next))) close();
      if (next === null) continue;
      const blank = next.character.trim() === '';
      // A run starts and ends at ink: spaces before the first letter would move the line's left edge, which
      // is how indented agenda items and headings are told apart, and spaces after would widen it.
      if (run === null && blank) continue;
      run ??= { text: '', x: next.x, baseline: next.baseline, width: 0, fontSize: next.fontSize, bold: next.bold, right: next.x };
      run.text += next.character;
      if (!blank) run.right = Math.max(run.right, next.right);
    }
    close();
  } finally {
    if (textPage) engine._FPDFText_ClosePage(textPage);
    engine._FPDF_ClosePage(pageHandle);
  }
  const lines = rebuildLines(runs);
  return { index, width, height, lines, text: lines.map((line) => line.text).join('\n') };
}

/** A document information entry (fpdf_doc.h: UTF-16LE, NUL-terminated). */
function metaText(engine: PdfiumExports, document: number, key: string): string | undefined {
  const tag = cString(engine, key);
  try {
    const length = engine._FPDF_GetMetaText(document, tag, 0, 0);
    if (length <= 2) return undefined;
    const buffer = engine._malloc(length);
    engine._FPDF_GetMetaText(document, tag, buffer, length);
    const text = new TextDecoder('utf-16le').decode(engine.HEAPU8.subarray(buffer, buffer + length - 2));
    engine._free(buffer);
    return text;
  } finally {
    engine._free(tag);
  }
}

function declaredProperties(engine: PdfiumExports, document: number): DeclaredProperties {
  const created = metaText(engine, document, 'CreationDate');
  const date = created === undefined ? null : parsePdfDate(created);
  return cleanProperties({
    title: metaText(engine, document, 'Title'),
    author: metaText(engine, document, 'Author'),
    date: date?.toISOString(),
    description: metaText(engine, document, 'Subject'),
  });
}

/** Imports a PDF: one page per PDF page, each with its layout lines and text. The password opens an encrypted one. */
export async function importPdf(bytes: Uint8Array, password?: string): Promise<ImportedDocument> {
  const engine = await pdfium();
  try {
    return readDocument(engine, bytes, password);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    discardPdfium();
    throw new ImportError(`the PDF is damaged or incomplete: ${errorReason(error)}`, { cause: error });
  } finally {
    // Memory a large file made the engine take would otherwise stay with the worker for good.
    if (engine.HEAPU8.length > PDFIUM_MEMORY_KEPT_BYTES) discardPdfium();
  }
}

function readDocument(engine: PdfiumExports, bytes: Uint8Array, password: string | undefined): ImportedDocument {
  // PDFium reads the file where it lies for as long as the document is open; the caller's bytes stay as they were.
  const data = copyIn(engine, bytes);
  const secret = password === undefined ? 0 : cString(engine, password);
  const scratch = engine._malloc(32);
  const document = engine._FPDF_LoadMemDocument(data, bytes.length, secret);
  try {
    if (!document) throw loadError(engine, password);
    const pages: ImportedPage[] = [];
    const count = engine._FPDF_GetPageCount(document);
    for (let index = 0; index < count; index++) pages.push(readPage(engine, document, index, scratch));
    const hasText = pages.some((page) => page.lines.length > 0);
    return {
      format: 'pdf',
      pages,
      blocks: [],
      properties: declaredProperties(engine, document),
      ...(hasText ? {} : { warning: NO_TEXT_LAYER_WARNING }),
    };
  } finally {
    if (document) engine._FPDF_CloseDocument(document);
    engine._free(scratch);
    if (secret) engine._free(secret);
    engine._free(data);
  }
}
