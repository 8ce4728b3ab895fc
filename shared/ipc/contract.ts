/**
 * The one contract between renderer and main. Each entry is `area:verb` with a zod schema for its
 * arguments (checked in main before any handler runs) and the type of its result. Both transports,
 * Electron IPC and browser-mode HTTP, carry exactly these calls. Each area keeps its entries in
 * shared/ipc/areas/; this file only joins them.
 */
import type { z } from 'zod';
import { annotationsContract } from './areas/annotations.ts';
import { backupContract } from './areas/backup.ts';
import { libraryContract } from './areas/library.ts';
import { meetingsContract } from './areas/meetings.ts';
import { packsContract } from './areas/packs.ts';
import { readerContract } from './areas/reader.ts';
import { recommendationsContract } from './areas/recommendations.ts';
import { searchContract } from './areas/search.ts';
import { settingsContract } from './areas/settings.ts';
import { versionsContract } from './areas/versions.ts';

export const contract = {
  ...libraryContract,
  ...meetingsContract,
  ...packsContract,
  ...searchContract,
  ...annotationsContract,
  ...readerContract,
  ...versionsContract,
  ...backupContract,
  ...recommendationsContract,
  ...settingsContract,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ArgsOf<C extends Channel> = z.input<Contract[C]['args']>;
export type ResultOf<C extends Channel> = Contract[C]['result'];

export const channels = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
