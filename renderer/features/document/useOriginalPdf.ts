import { useEffect, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { call } from '../../lib/api.ts';
import { userMessage } from '../../lib/errors.ts';
import { openPdf, pdfLibrary } from './pdf/loadPdf.ts';

export type PdfLoad = { status: 'loading' } | { status: 'ready'; pdf: PDFDocumentProxy } | { status: 'failed'; message: string };

/** The document's original PDF, fetched through the contract by id and opened with pdf.js. */
export function useOriginalPdf(documentId: number, revision: number, enabled: boolean): PdfLoad {
  const [load, setLoad] = useState<PdfLoad>({ status: 'loading' });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    let opened: PDFDocumentProxy | null = null;
    setLoad({ status: 'loading' });
    (async () => {
      // pdf.js is loaded while the file arrives rather than after it: both take a noticeable moment.
      const [bytes] = await Promise.all([call('reader:original', { id: documentId }), pdfLibrary()]);
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
  }, [documentId, revision, enabled]);
  return load;
}
