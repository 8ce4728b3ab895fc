/** Contract entries for backing up the whole library into one file and restoring it from one. */
import { z } from 'zod';
import { entry } from '../entry.ts';

/** A backup holds every original file, so it may be far larger than one import. */
const MAX_BACKUP_BYTES = 2 * 1024 * 1024 * 1024;

export const backupContract = {
  'backup:create': entry(
    z.object({ withoutExempt: z.boolean().optional() }).strict(),
    {} as { fileName: string; data: Uint8Array },
  ),
  'backup:restore': entry(
    z
      .object({
        data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_BACKUP_BYTES, { message: 'file is too large' }),
      })
      .strict(),
    {} as { previousCopy: string },
  ),
};
