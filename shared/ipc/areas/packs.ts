/** Contract entries for briefing packs: preview, build (with progress events), editions, export. */
import { z } from 'zod';
import type { PackEditionSummary, PackPreviewEntry } from '../../meetings.ts';
import { entry } from '../entry.ts';

const id = z.number().int().positive();

export const packOptions = z
  .object({
    cover: z.boolean(),
    contents: z.boolean(),
    agenda: z.boolean(),
    notes: z.boolean(),
    reports: z.boolean(),
    articles: z.boolean(),
    recommendations: z.boolean(),
    extraParts: z.array(z.string().max(50)).max(20),
    renumber: z.boolean(),
  })
  .strict();

const selection = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('item'), agendaItemId: id }).strict(),
  z.object({ kind: z.literal('range'), from: z.string().min(1).max(12), to: z.string().min(1).max(12) }).strict(),
  z.object({ kind: z.literal('annotated') }).strict(),
]);

export const packsContract = {
  'packs:preview': entry(z.object({ meetingId: id, options: packOptions }).strict(), {} as PackPreviewEntry[]),
  'packs:build': entry(
    z
      .object({
        meetingId: id,
        /** Chosen by the renderer so it can match this build's progress events. */
        jobId: z.string().min(1).max(100),
        options: packOptions,
      })
      .strict(),
    {} as PackEditionSummary,
  ),
  'packs:editions': entry(z.object({ meetingId: id }).strict(), {} as PackEditionSummary[]),
  /** The PDF of an edition (or of some of its pages) as bytes: works the same over IPC and HTTP. */
  'packs:export': entry(
    z.object({ meetingId: id, edition: z.number().int().positive(), selection }).strict(),
    {} as { fileName: string; data: Uint8Array },
  ),
};
