/** Handlers for the packs area: builds report progress as events while they run. */
import { listEditions } from '../../db/packs.ts';
import { requireMeeting } from '../../db/meetings.ts';
import { buildMeetingPack, exportEdition, previewMeetingPack } from '../../pack/meeting-pack.ts';
import type { PackEditionSummary, PackSelection } from '../../../shared/meetings.ts';
import type { StoredEdition } from '../../db/packs.ts';
import type { HandlerContext, HandlersFor } from '../dispatch.ts';

/** The file path stays in main; the renderer gets bytes through packs:export. */
const summary = ({ edition, builtAt, pageCount, byteSize, changes }: StoredEdition): PackEditionSummary => ({
  edition,
  builtAt,
  pageCount,
  byteSize,
  changes,
});

const FILE_SUFFIXES: Record<PackSelection['kind'], string> = { all: '', item: '-extract', range: '-extract', annotated: '-annotated-pages' };

function fileNameFor(committee: string, startsAt: string, edition: number, selection: PackSelection): string {
  const slug = committee.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'meeting';
  return `${slug}-${startsAt.slice(0, 10)}-pack-edition-${edition}${FILE_SUFFIXES[selection.kind]}.pdf`;
}

export function packsHandlers({ library, events }: HandlerContext): HandlersFor<'packs:'> {
  const { db } = library;
  return {
    'packs:preview': ({ meetingId, options }) => previewMeetingPack(db, meetingId, options),
    'packs:build': async ({ meetingId, jobId, options }) =>
      summary(
        await buildMeetingPack(db, library.path, meetingId, options, {
          onProgress: (stage, done, total) => events.emit({ type: 'pack-progress', progress: { jobId, stage, done, total } }),
        }),
      ),
    'packs:editions': ({ meetingId }) => listEditions(db, meetingId).map(summary),
    'packs:export': async ({ meetingId, edition, selection }) => {
      const meeting = requireMeeting(db, meetingId);
      const data = await exportEdition(db, meetingId, edition, selection);
      return { fileName: fileNameFor(meeting.committee, meeting.startsAt, edition, selection), data };
    },
  };
}
