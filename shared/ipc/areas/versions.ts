/** Contract entries for document versions: replacing a document with a new version, and its history. */
import { z } from 'zod';
import type { DocumentVersion, ReplaceOutcome } from '../../annotations.ts';
import { MAX_IMPORT_FILE_BYTES } from '../../limits.ts';
import { entry } from '../entry.ts';

const documentId = z.number().int().positive();

export const versionsContract = {
  'versions:replace': entry(
    z
      .object({
        id: documentId,
        file: z
          .object({
            name: z.string().min(1).max(1024),
            data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_IMPORT_FILE_BYTES, {
              message: `file is larger than ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB`,
            }),
          })
          .strict(),
      })
      .strict(),
    {} as ReplaceOutcome,
  ),
  'versions:list': entry(z.object({ id: documentId }).strict(), {} as DocumentVersion[]),
};
