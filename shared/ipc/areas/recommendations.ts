/** Contract entries for the recommendations register. */
import { z } from 'zod';
import {
  RECOMMENDATION_STATUSES,
  type RegisterChange,
  type RegisterEntry,
  type RegisterExport,
} from '../../recommendations.ts';
import { entry } from '../entry.ts';

const id = z.number().int().positive();

/** Long enough for any recommendation or progress note in real papers, short enough to refuse pasted files. */
const MAX_TEXT = 10_000;
const MAX_LINE = 300;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Blank means "not recorded", so an emptied field is stored as null rather than "". */
const optionalText = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .nullable()
    .transform((value) => value?.trim() || null);

const optionalDay = z
  .string()
  .nullable()
  .transform((value) => value?.trim() || null)
  .refine((value) => value === null || isCalendarDay(value), { message: 'must be a date written as YYYY-MM-DD' });

const status = z.enum(RECOMMENDATION_STATUSES);

const changes = z
  .object({
    text: z.string().trim().min(1, 'cannot be empty').max(MAX_TEXT),
    status,
    decision: optionalText(MAX_TEXT),
    decisionDate: optionalDay,
    owner: optionalText(MAX_LINE),
    dueDate: optionalDay,
    response: optionalText(MAX_TEXT),
  })
  .partial()
  .strict();

export const registerFilter = z
  .object({
    committee: z.string().max(MAX_LINE).nullable(),
    organisation: z.string().max(MAX_LINE).nullable(),
    statuses: z.array(status).max(RECOMMENDATION_STATUSES.length),
    owner: z.string().max(MAX_LINE).nullable(),
    overdueOnly: z.boolean(),
    from: optionalDay,
    to: optionalDay,
  })
  .partial()
  .strict();

export const registerSort = z
  .object({
    key: z.enum(['report', 'date', 'status', 'owner', 'dueDate', 'committee']),
    direction: z.enum(['ascending', 'descending']),
  })
  .strict();

const text = z.string().trim().min(1, 'cannot be empty').max(MAX_TEXT);

export const recommendationsContract = {
  /** The register; with a query, only rows whose text, decision or response match it. */
  'recommendations:list': entry(z.object({ query: z.string().max(500).optional() }).strict(), {} as RegisterEntry[]),
  'recommendations:history': entry(z.object({ id }).strict(), {} as RegisterChange[]),
  'recommendations:update': entry(z.object({ id, changes }).strict(), {} as RegisterEntry),
  'recommendations:add': entry(
    z.object({ documentId: id, text, pageIndex: z.number().int().min(0).nullable() }).strict(),
    {} as RegisterEntry,
  ),
  'recommendations:split': entry(
    z.object({ id, firstText: text, secondText: text }).strict(),
    {} as [RegisterEntry, RegisterEntry],
  ),
  'recommendations:merge': entry(z.object({ ids: z.tuple([id, id]), text }).strict(), {} as RegisterEntry),
  /** The change that undo would reverse, so the button can say what it does; null when there is none. */
  'recommendations:lastChange': entry(z.object({}).strict(), {} as { description: string } | null),
  'recommendations:undo': entry(z.object({}).strict(), {} as { description: string } | null),
  'recommendations:export': entry(
    z
      .object({
        format: z.enum(['csv', 'pdf']),
        query: z.string().max(500).optional(),
        filter: registerFilter.optional(),
        sort: registerSort.optional(),
        /** The user's today (their calendar decides what is overdue), as YYYY-MM-DD. */
        today: z.string().refine(isCalendarDay, { message: 'must be a date written as YYYY-MM-DD' }),
      })
      .strict(),
    {} as RegisterExport,
  ),
};
