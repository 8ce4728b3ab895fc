/**
 * The CPU-heavy part of importing one file: bytes -> text pages and extracted metadata. It runs inside
 * a worker thread (see parse-pool.ts), so it receives and returns only plain, cloneable data.
 */
import { importBytes } from '../import/index.ts';
import { extractDocument, type Extraction } from '../extract/extract.ts';
import type { DocumentFormat } from '../../shared/domain.ts';

export interface ParseRequest {
  bytes: Uint8Array;
  fileName: string;
  /** Opens an encrypted PDF; other formats ignore it. */
  password?: string;
}

export interface ParsedFile {
  format: DocumentFormat;
  pages: string[];
  extraction: Extraction;
  warning?: string;
}

export type ParseResponse = { ok: true; parsed: ParsedFile } | { ok: false; error: string };

export async function parseFile({ bytes, fileName, password }: ParseRequest): Promise<ParseResponse> {
  try {
    const doc = await importBytes(bytes, fileName, password === undefined ? {} : { password });
    return {
      ok: true,
      parsed: {
        format: doc.format,
        pages: doc.pages.map((p) => p.text),
        extraction: extractDocument(doc, fileName),
        ...(doc.warning ? { warning: doc.warning } : {}),
      },
    };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
