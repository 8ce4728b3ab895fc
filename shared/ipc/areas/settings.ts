/** Contract entries for the user's settings. */
import { z } from 'zod';
import type { UserSettings } from '../../recommendations.ts';
import { entry } from '../entry.ts';

export const settingsContract = {
  'settings:get': entry(z.object({}).strict(), {} as UserSettings),
  /** A blank name clears it. */
  'settings:set': entry(z.object({ userName: z.string().max(100) }).strict(), {} as UserSettings),
};
