/** Contract entries for meetings: their details, agenda items and the documents attached to them. */
import { z } from 'zod';
import type { MeetingDetail, MeetingSummary } from '../../meetings.ts';
import { entry } from '../entry.ts';

const id = z.number().int().positive();
const text = (max: number) => z.string().trim().max(max);

export const meetingFields = z
  .object({
    organisation: text(200).min(1, 'give the organisation'),
    committee: text(200).min(1, 'give the committee'),
    title: text(300).min(1, 'give the meeting a title'),
    startsAt: z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, 'give a date (and time) as YYYY-MM-DD or YYYY-MM-DDTHH:MM'),
    venue: text(300),
  })
  .strict();

const itemFields = z
  .object({
    number: text(20),
    title: text(300).min(1, 'give the item a title'),
    officer: text(200),
    notes: z.string().max(50_000),
  })
  .strict();

/** null: the meeting itself, for papers tied to no item. */
const owner = { meetingId: id, agendaItemId: id.nullable() };
const role = z.enum(['report', 'article']);

export const meetingsContract = {
  'meetings:list': entry(z.object({}).strict(), {} as MeetingSummary[]),
  'meetings:get': entry(z.object({ id }).strict(), {} as MeetingDetail),
  'meetings:create': entry(meetingFields, {} as MeetingDetail),
  'meetings:update': entry(z.object({ id, fields: meetingFields }).strict(), {} as MeetingDetail),
  'meetings:delete': entry(z.object({ id }).strict(), {} as { deleted: boolean }),
  'meetings:addItem': entry(z.object({ meetingId: id, fields: itemFields }).strict(), {} as MeetingDetail),
  'meetings:updateItem': entry(
    z.object({ meetingId: id, itemId: id, fields: itemFields.extend({ included: z.boolean() }) }).strict(),
    {} as MeetingDetail,
  ),
  'meetings:deleteItem': entry(z.object({ meetingId: id, itemId: id }).strict(), {} as MeetingDetail),
  'meetings:reorderItems': entry(z.object({ meetingId: id, itemIds: z.array(id).max(500) }).strict(), {} as MeetingDetail),
  'meetings:attach': entry(z.object({ ...owner, documentId: id, role }).strict(), {} as MeetingDetail),
  'meetings:updateAttachment': entry(
    z.object({ ...owner, attachmentId: id, role: role.optional(), included: z.boolean().optional() }).strict(),
    {} as MeetingDetail,
  ),
  'meetings:detach': entry(z.object({ ...owner, attachmentId: id }).strict(), {} as MeetingDetail),
  'meetings:reorderDocuments': entry(z.object({ ...owner, attachmentIds: z.array(id).max(500) }).strict(), {} as MeetingDetail),
};
