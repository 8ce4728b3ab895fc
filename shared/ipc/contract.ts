/**
 * The one contract between renderer and main. Each entry is `area:verb` with a zod schema for its
 * arguments (checked in main before any handler runs) and the type of its result. Both transports,
 * Electron IPC and browser-mode HTTP, carry exactly these calls.
 */
import { z } from 'zod';
import type { DocumentDetail, DocumentSummary, ImportOutcome, SearchHit } from '../domain.ts';
import { MAX_IMPORT_FILE_BYTES } from '../limits.ts';


const importFile = z.object({
  /** The name (or relative path, for folder picks) shown in messages. */
  name: z.string().min(1).max(1024),
  data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_IMPORT_FILE_BYTES, {
    message: `file is larger than ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB`,
  }),
});

export const contract = {
  'library:list': {
    args: z.object({}).strict(),
    result: null as unknown as DocumentSummary[],
  },
  'library:get': {
    args: z.object({ id: z.number().int().positive() }).strict(),
    result: null as unknown as DocumentDetail,
  },
  'library:delete': {
    args: z.object({ id: z.number().int().positive() }).strict(),
    result: null as unknown as { deleted: boolean },
  },
  'library:import': {
    args: z
      .object({
        /** Chosen by the renderer so it can match the progress events of this batch. */
        jobId: z.string().min(1).max(100),
        files: z.array(importFile).min(1).max(10_000),
      })
      .strict(),
    result: null as unknown as ImportOutcome[],
  },
  'search:query': {
    args: z
      .object({
        query: z.string().max(500),
        limit: z.number().int().min(1).max(200).optional(),
      })
      .strict(),
    result: null as unknown as SearchHit[],
  },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ArgsOf<C extends Channel> = z.input<Contract[C]['args']>;
export type ResultOf<C extends Channel> = Contract[C]['result'];

export const channels = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
