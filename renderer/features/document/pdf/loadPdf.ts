/**
 * pdf.js for the reader, loaded only when a PDF is opened. Its worker is a file Vite emits next to the
 * app, so it loads from the app's own origin (the content security policy allows nothing else), and
 * eval stays off: a PDF never gets to run code.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.mjs?url';

export type PdfLibrary = typeof import('pdfjs-dist');

let library: Promise<PdfLibrary> | null = null;

export function pdfLibrary(): Promise<PdfLibrary> {
  library ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    return pdfjs;
  });
  return library;
}

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const pdfjs = await pdfLibrary();
  return pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    // Fonts a PDF does not embed are drawn with the computer's own; nothing is fetched.
    useSystemFonts: true,
    disableAutoFetch: true,
    enableXfa: false,
  }).promise;
}
