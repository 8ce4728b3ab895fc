/** Contract entries for the document library: listing, opening, deleting and importing documents. */
import { z } from 'zod';
import type { DocumentDetail, DocumentSummary, ImportOutcome } from '../../domain.ts';
import { MAX_IMPORT_FILE_BYTES } from '../../limits.ts';
import { entry } from '../entry.ts';

const documentId = z.number().int().positive();

const importFile = z.object({
  /** The name (or relative path, for folder picks) shown in messages. */
  name: z.string().min(1).max(1024),
  data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_IMPORT_FILE_BYTES, {
    message: `file is larger than ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB`,
  }),
  /** Given when retrying an encrypted PDF; PDF passwords are at most 127 bytes. */
  password: z.string().max(1024).optional(),
});

export const libraryContract = {
  /** Every document, in the default order (newest first). */
  'library:list': entry(z.object({}).strict(), {} as DocumentSummary[]),
  /** The start of that list and the library's size: enough to draw the first screen while the rest comes. */
  'library:listStart': entry(
    z.object({ count: z.number().int().min(1).max(500) }).strict(),
    {} as { documents: DocumentSummary[]; total: number },
  ),
  'library:get': entry(z.object({ id: documentId }).strict(), {} as DocumentDetail),
  'library:delete': entry(z.object({ id: documentId }).strict(), {} as { deleted: boolean }),
  'library:setExempt': entry(z.object({ id: documentId, exempt: z.boolean() }).strict(), {} as { exempt: boolean }),
  /** Files are about to be chosen: the readers start now rather than when the first file arrives. */
  'library:prepareImport': entry(z.object({}).strict(), {} as { ready: true }),
  'library:import': entry(
    z
      .object({
        /** Chosen by the renderer so it can match the progress events of this batch. */
        jobId: z.string().min(1).max(100),
        files: z.array(importFile).min(1).max(10_000),
      })
      .strict(),
    {} as ImportOutcome[],
  ),
};
