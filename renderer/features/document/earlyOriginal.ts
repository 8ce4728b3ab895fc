import type { DocumentFormat } from '../../../shared/domain.ts';
import { call } from '../../lib/api.ts';
import { preparePdfReader } from './pdf/loadPdf.ts';

/**
 * Opening a long PDF waits mostly on its original file and on pdf.js starting up. When the library list
 * already says that the document chosen is a PDF, both start with the click, alongside the request for its
 * text, instead of after that has arrived and the reader has been drawn. The reader takes the bytes once.
 */
export function requestOriginalEarly(id: number, format: DocumentFormat | undefined): Promise<Uint8Array> | null {
  if (format !== 'pdf') return null;
  preparePdfReader();
  const bytes = call('reader:original', { id });
  // A failure is shown by the reader when it takes these bytes, not as an unhandled rejection before then.
  bytes.catch(() => undefined);
  return bytes;
}
