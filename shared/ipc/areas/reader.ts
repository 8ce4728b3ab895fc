/** Contract entries for the reader: a document's original file and where the reader left off. */
import { z } from 'zod';
import type { ReadingPosition } from '../../annotations.ts';
import { entry } from '../entry.ts';

const documentId = z.number().int().positive();

const readingPosition = z
  .object({
    pageIndex: z.number().int().min(0).max(100_000),
    pageOffset: z.number().min(0).max(1),
    zoom: z.union([z.literal('fit-width'), z.number().min(0.25).max(5)]),
  })
  .strict();

export const readerContract = {
  /** The original file's bytes, exactly as imported; only ever by document id, never by path. */
  'reader:original': entry(z.object({ id: documentId }).strict(), {} as Uint8Array),
  'reader:position': entry(z.object({ id: documentId }).strict(), {} as ReadingPosition | null),
  'reader:savePosition': entry(z.object({ id: documentId, position: readingPosition }).strict(), {} as { saved: true }),
};
