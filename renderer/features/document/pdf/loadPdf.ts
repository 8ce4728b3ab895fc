/**
 * pdf.js for the reader, loaded only when a PDF is opened. Its worker is a file Vite emits next to the
 * app, so it loads from the app's own origin (the content security policy allows nothing else), and
 * eval stays off: a PDF never gets to run code.
 */
import type { PDFDocumentProxy, PDFWorker } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.mjs?url';

export type PdfLibrary = typeof import('pdfjs-dist');

let library: Promise<PdfLibrary> | null = null;
let worker: Promise<PDFWorker> | null = null;

export function pdfLibrary(): Promise<PdfLibrary> {
  library ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    return pdfjs;
  });
  return library;
}

/**
 * One worker for the whole session. Starting it means loading and compiling a large script, which took
 * longer than reading a 500-page PDF; a worker of its own per document paid that again on every opening.
 * Documents opened with it leave it running when they are closed.
 */
function pdfWorker(): Promise<PDFWorker> {
  worker ??= pdfLibrary().then((pdfjs) => new pdfjs.PDFWorker());
  return worker;
}

/** Starts pdf.js and its worker ahead of a PDF's bytes, e.g. as soon as one is chosen to be opened. */
export function preparePdfReader(): void {
  // A failure here shows when the PDF is opened, with the reason.
  pdfWorker().catch(() => undefined);
}

/**
 * The same, the next time the app is idle: for when a PDF is likely to be opened soon, such as once the
 * library is on screen. Returns a function that cancels it if it has not started.
 */
export function preparePdfReaderWhenIdle(): () => void {
  if (typeof requestIdleCallback !== 'function') return () => undefined;
  const handle = requestIdleCallback(preparePdfReader);
  return () => cancelIdleCallback(handle);
}

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const pdfjs = await pdfLibrary();
  return pdfjs.getDocument({
    data: bytes,
    worker: await pdfWorker(),
    isEvalSupported: false,
    // Fonts a PDF does not embed are drawn with the computer's own; nothing is fetched.
    useSystemFonts: true,
    disableAutoFetch: true,
    enableXfa: false,
  }).promise;
}
