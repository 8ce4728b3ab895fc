/**
 * Packs for meetings in the library: reads a meeting and its documents into a PackSpec, builds the next
 * edition into the packs folder beside the library, records which document page went to which pack
 * page, and exports parts of a built edition. Members' annotations live on documents, not on pack files,
 * so a rebuild never touches them; the page map lets them be shown against pack numbers.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isoToday } from '../../shared/iso-day.ts';
import type { AttachedDocument, MeetingDetail, PackOptions, PackPreviewEntry, PackSelection } from '../../shared/meetings.ts';
import type { Db } from '../db/connection.ts';
import { getDocumentSummary, getOriginalBytes, getPageTexts } from '../db/documents.ts';
import { requireMeeting } from '../db/meetings.ts';
import { deleteEdition, editionPages, getEdition, insertEdition, nextEditionNumber, previousEdition, type StoredEdition } from '../db/packs.ts';
import { NotFoundError, UserError } from '../errors.ts';
import { processIsRunning } from '../process-is-running.ts';
import { registerEntriesOfDocument } from '../recommendations/register-repository.ts';
import { annotatedPageChooser } from './annotated-pages.ts';
import { annotationExtensions } from './annotation-extensions.ts';
import { buildPack, previewPack, type BuildOptions } from './build-pack.ts';
import type { PackDocument, PackItem, PackSpec } from './pack-spec.ts';
import { describePart, pageSpan } from './plan.ts';
import { pageOrigin, selectPages, type SelectablePage } from './select-pages.ts';

/** Where built packs are kept: a "packs" folder beside the library file. */
export function packsFolder(libraryPath: string): string {
  return libraryPath === ':memory:' ? path.join(os.tmpdir(), 'briefing-packs') : path.join(path.dirname(path.resolve(libraryPath)), 'packs');
}

export function packDocumentFromLibrary(db: Db, documentId: number, role: AttachedDocument['role']): PackDocument {
  const detail = getDocumentSummary(db, documentId);
  if (!detail) throw new NotFoundError(`Document ${documentId} is not in the library.`);
  const pdf = detail.format === 'pdf' ? getOriginalBytes(db, documentId) : null;
  return {
    key: `d${documentId}`,
    documentId,
    role,
    title: detail.title,
    date: detail.date,
    source: detail.organisation ?? detail.author,
    format: detail.format,
    fileName: detail.fileName,
    exempt: detail.exempt,
    pdf,
    // A PDF goes in as its own pages; only other formats are typeset from their text.
    text: pdf ? [] : getPageTexts(db, documentId),
    // From the register rather than the import, so the table shows edited, split and merged rows as they now are.
    recommendations: registerEntriesOfDocument(db, documentId).map(({ text, pageIndex, status, decision, decisionDate }) => ({
      text,
      pageIndex,
      status,
      decision,
      decisionDate,
    })),
  };
}

export function meetingPackSpec(db: Db, meeting: MeetingDetail, options: PackOptions, edition: number, packDate: string): PackSpec {
  const documents = (attached: AttachedDocument[]) =>
    attached.filter((d) => d.included).map((d) => packDocumentFromLibrary(db, d.documentId, d.role));
  const items: PackItem[] = meeting.items
    .filter((item) => item.included)
    .map((item) => ({
      key: String(item.id),
      agendaItemId: item.id,
      number: item.number,
      title: item.title,
      officer: item.officer,
      note: item.notes,
      documents: documents(item.documents),
    }));
  const { organisation, committee, title, startsAt, venue } = meeting;
  return {
    meeting: { organisation, committee, title, startsAt, venue },
    items,
    otherDocuments: documents(meeting.documents),
    options,
    packDate,
    edition,
    previous: options.renumber ? null : previousEdition(db, meeting.id),
  };
}

/** Builds under way, per library and meeting: the next build of a meeting waits for the one before. */
const buildsInProgress = new WeakMap<Db, Map<number, Promise<unknown>>>();

/**
 * Builds and records the next edition of a meeting's pack. Builds of one meeting run one after another, so
 * two started together become editions N and N+1 rather than both taking N.
 */
export function buildMeetingPack(
  db: Db,
  libraryPath: string,
  meetingId: number,
  options: PackOptions,
  build: BuildOptions = {},
): Promise<StoredEdition> {
  let builds = buildsInProgress.get(db);
  if (!builds) buildsInProgress.set(db, (builds = new Map()));
  const queue = builds;
  const previous = queue.get(meetingId) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => buildNextEdition(db, libraryPath, meetingId, options, build));
  queue.set(meetingId, next);
  const forget = () => {
    if (queue.get(meetingId) === next) queue.delete(meetingId);
  };
  next.then(forget, forget);
  return next;
}

/**
 * The file is written under a name of its own, recorded, and only then moved to the edition's name. Builds
 * in this process are queued (buildMeetingPack); another process building the same meeting at the same
 * moment fails to record the same edition, and then removes only its own file, never the one recorded.
 */
async function buildNextEdition(
  db: Db,
  libraryPath: string,
  meetingId: number,
  options: PackOptions,
  build: BuildOptions,
): Promise<StoredEdition> {
  const meeting = requireMeeting(db, meetingId);
  const edition = nextEditionNumber(db, meetingId);
  const spec = meetingPackSpec(db, meeting, options, edition, isoToday());
  const filePath = path.join(packsFolder(libraryPath), `meeting-${meetingId}-edition-${edition}.pdf`);
  await removeAbandonedBuilds(path.dirname(filePath));
  const builtPath = `${filePath}.${process.pid}-${randomBytes(6).toString('hex')}.built`;
  const built = await buildPack(spec, builtPath, { extensions: annotationExtensions(db), ...build });
  try {
    insertEdition(db, {
      meetingId,
      edition,
      filePath,
      byteSize: built.byteSize,
      options,
      changes: built.changes,
      pages: built.pages.map((page) => ({
        label: page.label,
        pageKey: page.key,
        part: page.part.key,
        partTitle: describePart(page.part),
        ...pageOrigin(page),
      })),
    });
  } catch (error) {
    // The edition was not recorded, so its file must not linger as if it had been.
    await fs.rm(builtPath, { force: true });
    if (getEdition(db, meetingId, edition)) {
      throw new UserError(
        `Edition ${edition} of this pack was built at the same moment by Briefing Desk running elsewhere on this library ` +
          `(browser mode or the command line). Build again to make edition ${edition + 1}.`,
      );
    }
    throw error;
  }
  try {
    await fs.rename(builtPath, filePath);
  } catch (error) {
    deleteEdition(db, meetingId, edition);
    await fs.rm(builtPath, { force: true });
    throw error;
  }
  return getEdition(db, meetingId, edition)!;
}

/** Files of builds whose process has gone (a crash mid-build): never recorded, so nobody will use them. */
async function removeAbandonedBuilds(folder: string): Promise<void> {
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const pid = /\.pdf\.(\d+)-[0-9a-f]+\.built$/.exec(name)?.[1];
    if (pid !== undefined && !processIsRunning(Number(pid))) await fs.rm(path.join(folder, name), { force: true });
  }
}

export async function previewMeetingPack(db: Db, meetingId: number, options: PackOptions): Promise<PackPreviewEntry[]> {
  const meeting = requireMeeting(db, meetingId);
  const spec = meetingPackSpec(db, meeting, options, nextEditionNumber(db, meetingId), isoToday());
  const { pages, entries } = await previewPack(spec, annotationExtensions(db));
  return entries.map((entry) => ({
    level: entry.level,
    title: entry.title,
    firstPage: pageSpan(pages[entry.firstIndex]!.label, pages[entry.lastIndex]!.label),
    pageCount: entry.lastIndex - entry.firstIndex + 1,
  }));
}

export function requireEdition(db: Db, meetingId: number, edition: number): StoredEdition {
  const stored = getEdition(db, meetingId, edition);
  if (!stored) throw new NotFoundError(`Edition ${edition} of this meeting's pack has not been built.`);
  return stored;
}

/** The bytes of a built edition, or of the chosen pages of it, with their stamped numbers kept. */
export async function exportEdition(db: Db, meetingId: number, edition: number, selection: PackSelection): Promise<Uint8Array> {
  const stored = requireEdition(db, meetingId, edition);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(stored.filePath));
  } catch {
    throw new UserError(`The file of edition ${edition} (${stored.filePath}) is missing; build the pack again.`);
  }
  if (selection.kind === 'all') return bytes;
  const pages: SelectablePage[] = editionPages(db, stored.id);
  if (selection.kind === 'annotated') {
    return selectPages(bytes, pages, annotatedPageChooser(db, pages));
  }
  return selectPages(bytes, pages, selection);
}
