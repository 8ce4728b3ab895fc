/** Contract entries for annotations: highlights, notes and questions, their export, and tags. */
import { z } from 'zod';
import {
  ANNOTATION_COLOURS,
  type Annotation,
  type LibraryAnnotation,
} from '../../annotations.ts';
import { MAX_NOTE_LENGTH, MAX_QUOTE_LENGTH, MAX_TAG_LENGTH, MAX_TAGS } from '../../limits.ts';
import { entry } from '../entry.ts';

const documentId = z.number().int().positive();
const pageIndex = z.number().int().min(0).max(100_000);
const offset = z.number().int().min(0);
export const annotationId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'not an annotation id');
export const annotationColour = z.enum(ANNOTATION_COLOURS);
const isoTimestamp = z.string().datetime({ offset: true });

const pdfRect = z.object({ x1: z.number(), y1: z.number(), x2: z.number(), y2: z.number() }).strict();

const textAnchor = z
  .object({
    quote: z
      .object({ exact: z.string().min(1).max(MAX_QUOTE_LENGTH), prefix: z.string().max(200), suffix: z.string().max(200) })
      .strict(),
    start: offset,
    end: offset,
    pageIndex,
    rects: z.array(pdfRect).max(1_000),
  })
  .strict()
  .refine((a) => a.end > a.start, { message: 'the passage ends before it starts' });

const target = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), anchor: textAnchor }).strict(),
  z.object({ type: z.literal('page'), pageIndex }).strict(),
  z.object({ type: z.literal('document') }).strict(),
]);

const tag = z
  .string()
  .trim()
  .min(1)
  .max(MAX_TAG_LENGTH)
  .regex(/^[^\u0000-\u001f]+$/, 'a tag cannot contain control characters');

export const annotationInput = z
  .object({
    id: annotationId,
    documentId,
    target,
    colour: annotationColour,
    note: z.string().max(MAX_NOTE_LENGTH),
    isQuestion: z.boolean(),
    tags: z.array(tag).max(MAX_TAGS),
    orphaned: z.boolean(),
    /** Sent back when undo recreates a deleted annotation, so it keeps its age. */
    createdAt: isoTimestamp.optional(),
  })
  .strip();

export const annotationFilter = z
  .object({
    documentId: documentId.optional(),
    meetingId: z.number().int().positive().optional(),
    tag: tag.optional(),
    colour: annotationColour.optional(),
    questionsOnly: z.boolean().optional(),
    orphanedOnly: z.boolean().optional(),
  })
  .strict();

export const annotationsContract = {
  'annotations:list': entry(annotationFilter, {} as LibraryAnnotation[]),
  'annotations:save': entry(annotationInput, {} as Annotation),
  'annotations:delete': entry(z.object({ id: annotationId }).strict(), {} as { deleted: boolean }),
  'annotations:tags': entry(z.object({}).strict(), {} as string[]),
  'annotations:export': entry(
    z
      .object({
        format: z.enum(['md', 'csv']),
        filter: annotationFilter.optional(),
        /** Notes on exempt (Part 2) papers are left out unless this is true. */
        includeExempt: z.boolean().optional(),
      })
      .strict(),
    {} as { fileName: string; text: string },
  ),
};
