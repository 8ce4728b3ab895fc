/** Handlers for the meetings area: each change answers with the meeting as it now stands. */
import {
  addAgendaItem,
  attachDocument,
  createMeeting,
  deleteAgendaItem,
  deleteMeeting,
  detachDocument,
  listMeetings,
  reorderAgendaItems,
  reorderAttachments,
  requireMeeting,
  updateAgendaItem,
  updateAttachment,
  updateMeeting,
  type AttachmentOwner,
} from '../../db/meetings.ts';
import { NotFoundError } from '../../errors.ts';
import type { Db } from '../../db/connection.ts';
import type { HandlerContext, HandlersFor } from '../dispatch.ts';

/** The owner of an attachment, checked to belong to the meeting named in the call. */
function ownerOf(db: Db, meetingId: number, agendaItemId: number | null): AttachmentOwner {
  if (agendaItemId === null) return { meetingId };
  const meeting = requireMeeting(db, meetingId);
  if (!meeting.items.some((i) => i.id === agendaItemId)) throw new NotFoundError(`Agenda item ${agendaItemId} is not on this meeting's agenda.`);
  return { agendaItemId };
}

export function meetingsHandlers({ library }: HandlerContext): HandlersFor<'meetings:'> {
  const { db } = library;
  const get = (id: number) => requireMeeting(db, id);
  return {
    'meetings:list': () => listMeetings(db),
    'meetings:get': ({ id }) => get(id),
    'meetings:create': (fields) => get(createMeeting(db, fields)),
    'meetings:update': ({ id, fields }) => {
      updateMeeting(db, id, fields);
      return get(id);
    },
    'meetings:delete': ({ id }) => ({ deleted: deleteMeeting(db, id) }),
    'meetings:addItem': ({ meetingId, fields }) => {
      addAgendaItem(db, meetingId, fields);
      return get(meetingId);
    },
    'meetings:updateItem': ({ meetingId, itemId, fields }) => {
      ownerOf(db, meetingId, itemId);
      updateAgendaItem(db, itemId, fields);
      return get(meetingId);
    },
    'meetings:deleteItem': ({ meetingId, itemId }) => {
      ownerOf(db, meetingId, itemId);
      deleteAgendaItem(db, itemId);
      return get(meetingId);
    },
    'meetings:reorderItems': ({ meetingId, itemIds }) => {
      reorderAgendaItems(db, meetingId, itemIds);
      return get(meetingId);
    },
    'meetings:attach': ({ meetingId, agendaItemId, documentId, role }) => {
      attachDocument(db, ownerOf(db, meetingId, agendaItemId), documentId, role);
      return get(meetingId);
    },
    'meetings:updateAttachment': ({ meetingId, agendaItemId, attachmentId, role, included }) => {
      updateAttachment(db, ownerOf(db, meetingId, agendaItemId), attachmentId, {
        ...(role ? { role } : {}),
        ...(included === undefined ? {} : { included }),
      });
      return get(meetingId);
    },
    'meetings:detach': ({ meetingId, agendaItemId, attachmentId }) => {
      detachDocument(db, ownerOf(db, meetingId, agendaItemId), attachmentId);
      return get(meetingId);
    },
    'meetings:reorderDocuments': ({ meetingId, agendaItemId, attachmentIds }) => {
      reorderAttachments(db, ownerOf(db, meetingId, agendaItemId), attachmentIds);
      return get(meetingId);
    },
  };
}
