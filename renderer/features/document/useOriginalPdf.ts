import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { call } from '../../lib/api.ts';
import { userMessage } from '../../lib/errors.ts';
import { openPdf, pdfLibrary } from './pdf/loadPdf.ts';

export type PdfLoad = { status: 'loading' } | { status: 'ready'; pdf: PDFDocumentProxy } | { status: 'failed'; message: string };

/**
 * The document's original PDF, fetched through the contract by id and opened with pdf.js, the first time
 * it is `wanted`; it is then kept while the reader is open, so going to the text and back does not fetch
 * and parse the whole file again. `early` is the same file already asked for when the document was chosen
 * (see earlyOriginal.ts); it is used once, since pdf.js takes the bytes over, and any later load asks again.
 */
export function useOriginalPdf(documentId: number, wanted: boolean, early: Promise<Uint8Array> | null = null): PdfLoad {
  const [load, setLoad] = useState<PdfLoad>({ status: 'loading' });
  const [loadStarted, setLoadStarted] = useState(wanted);
  if (wanted && !loadStarted) setLoadStarted(true);
  const unusedEarly = useRef(early);
  useEffect(() => {
    if (!loadStarted) return;
    let live = true;
    let opened: PDFDocumentProxy | null = null;
    const request = unusedEarly.current ?? call('reader:original', { id: documentId });
    unusedEarly.current = null;
    setLoad({ status: 'loading' });
    (async () => {
      // pdf.js is loaded while the file arrives rather than after it: both take a noticeable moment.
      const [bytes] = await Promise.all([request, pdfLibrary()]);
      opened = await openPdf(bytes);
      if (live) setLoad({ status: 'ready', pdf: opened });
      else void opened.destroy();
    })().catch((error: unknown) => {
      if (!live) return;
      const reason = error instanceof Error && error.name !== 'ApiError' ? error.message : userMessage(error);
      setLoad({ status: 'failed', message: reason });
    });
    return () => {
      live = false;
      void opened?.destroy();
    };
  }, [documentId, loadStarted]);
  return load;
}
