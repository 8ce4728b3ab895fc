/**
 * PDFium, the PDF engine of Chromium, compiled to WebAssembly (@embedpdf/pdfium), for reading text out
 * of PDFs on import. It read the corpus papers two to three times faster than pdf.js on one core, and
 * gives each character's position, size and font, which is what rebuilding lines needs. The reader
 * still draws pages with pdf.js in the interface.
 *
 * Loaded once per thread. The calls made per character go straight to the WebAssembly exports: the
 * package's wrapped functions convert every argument, and even its underscored module functions check
 * each call; together they cost more than the work done.
 *
 * A hostile file meets PDFium inside WebAssembly's own memory, and never gets to run code: a PDF's
 * JavaScript and forms need a form-fill environment, which the importer never creates.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { init } from '@embedpdf/pdfium';

/** The exports this importer uses, as PDFium's C API declares them; pointers and handles are numbers. */
export interface PdfiumExports {
  _malloc(size: number): number;
  _free(pointer: number): void;
  HEAPU8: Uint8Array;
  HEAPF32: Float32Array;
  HEAPF64: Float64Array;
  _FPDF_LoadMemDocument(data: number, size: number, password: number): number;
  _FPDF_CloseDocument(document: number): void;
  _FPDF_GetLastError(): number;
  _FPDF_GetPageCount(document: number): number;
  _FPDF_GetMetaText(document: number, tag: number, buffer: number, length: number): number;
  _FPDF_LoadPage(document: number, index: number): number;
  _FPDF_ClosePage(page: number): void;
  _FPDF_GetPageWidthF(page: number): number;
  _FPDF_GetPageHeightF(page: number): number;
  _FPDF_PageToDevice(
    page: number,
    startX: number,
    startY: number,
    sizeX: number,
    sizeY: number,
    rotate: number,
    pageX: number,
    pageY: number,
    deviceX: number,
    deviceY: number,
  ): number;
  _FPDFText_LoadPage(page: number): number;
  _FPDFText_ClosePage(textPage: number): void;
  _FPDFText_CountChars(textPage: number): number;
  _FPDFText_GetUnicode(textPage: number, index: number): number;
  _FPDFText_IsGenerated(textPage: number, index: number): number;
  _FPDFText_GetCharOrigin(textPage: number, index: number, x: number, y: number): number;
  _FPDFText_GetCharBox(textPage: number, index: number, left: number, right: number, bottom: number, top: number): number;
  _FPDFText_GetFontSize(textPage: number, index: number): number;
  _FPDFText_GetMatrix(textPage: number, index: number, matrix: number): number;
  _FPDFText_GetTextObject(textPage: number, index: number): number;
  _FPDFTextObj_GetFont(textObject: number): number;
  _FPDFFont_GetBaseFontName(font: number, buffer: number, length: number): number;
}

/** FPDF_GetLastError's answers that this importer tells apart (fpdfview.h). */
export const PDFIUM_ERROR = { format: 3, password: 4, security: 5 } as const;

const WASM_FILE = createRequire(import.meta.url).resolve('@embedpdf/pdfium/pdfium.wasm');

async function loadPdfium(): Promise<PdfiumExports> {
  const file = readFileSync(WASM_FILE);
  const module = await init({ wasmBinary: file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) });
  module.PDFiumExt_Init();
  // The heap views are read through the module, which replaces them when memory grows; each function is
  // the WebAssembly export itself, under the module's underscored name.
  const engine: Record<string, unknown> = Object.create(module.pdfium);
  for (const [name, value] of Object.entries(module.pdfium.wasmExports)) {
    if (typeof value === 'function') engine[`_${name}`] = value;
  }
  return engine as unknown as PdfiumExports;
}

let loading: Promise<PdfiumExports> | null = null;

export function pdfium(): Promise<PdfiumExports> {
  loading ??= loadPdfium().catch((error: unknown) => {
    // A failed load is not kept: the next file tries again.
    loading = null;
    throw error;
  });
  return loading;
}

/**
 * Drops this thread's engine after something went wrong inside it: WebAssembly that has aborted, or
 * lost track of its memory, cannot be trusted with the next file. The next call loads a fresh one.
 */
export function discardPdfium(): void {
  loading = null;
}

/** Copies bytes into PDFium's memory; the caller frees the pointer. */
export function copyIn(engine: PdfiumExports, bytes: Uint8Array): number {
  const pointer = engine._malloc(Math.max(1, bytes.length));
  // Writing at 0 would overwrite PDFium's own memory; the error is not an ImportError, so the engine is dropped.
  if (pointer === 0) throw new Error(`PDFium could not set aside ${bytes.length} bytes`);
  engine.HEAPU8.set(bytes, pointer);
  return pointer;
}

/** WebAssembly memory only grows; after a file that took more than this, the worker starts a fresh engine. */
export const PDFIUM_MEMORY_KEPT_BYTES = 256 * 1024 * 1024;

/** A NUL-terminated UTF-8 string in PDFium's memory; the caller frees the pointer. */
export function cString(engine: PdfiumExports, text: string): number {
  return copyIn(engine, new TextEncoder().encode(`${text}\0`));
}
