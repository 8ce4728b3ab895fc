/** Contract entries for full-text search. */
import { z } from 'zod';
import type { SearchHit } from '../../domain.ts';
import { entry } from '../entry.ts';

export const searchContract = {
  'search:query': entry(
    z
      .object({
        query: z.string().max(500),
        limit: z.number().int().min(1).max(200).optional(),
      })
      .strict(),
    {} as SearchHit[],
  ),
};
