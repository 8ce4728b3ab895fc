/** Meetings, their agendas and the briefing packs built for them: types shared by main and renderer. */
import type { DocumentFormat, DocumentKind } from './domain.ts';

/** How a document serves an agenda item: a report is merged as its original pages, an article is background. */
export type DocumentRole = 'report' | 'article';

export interface MeetingFields {
  organisation: string;
  committee: string;
  title: string;
  /** Local date and time, "YYYY-MM-DDTHH:MM", or a date alone, "YYYY-MM-DD". */
  startsAt: string;
  venue: string;
}

export interface MeetingSummary extends MeetingFields {
  id: number;
  itemCount: number;
  /** The latest pack edition, or null while none has been built. */
  latestEdition: number | null;
}

/** A library document as it sits in an agenda item or on the meeting itself. */
export interface AttachedDocument {
  /** Row id of the attachment (not of the document), so the same document may sit in two items. */
  attachmentId: number;
  documentId: number;
  role: DocumentRole;
  included: boolean;
  title: string;
  kind: DocumentKind;
  format: DocumentFormat;
  date: string | null;
  pageCount: number;
}

export interface AgendaItemFields {
  number: string;
  title: string;
  officer: string;
  /** The clerk's briefing note: a small Markdown subset (headings, paragraphs, lists, bold, italic). */
  notes: string;
}

export interface AgendaItem extends AgendaItemFields {
  id: number;
  included: boolean;
  documents: AttachedDocument[];
}

export interface MeetingDetail extends MeetingFields {
  id: number;
  items: AgendaItem[];
  /** Papers for the meeting that belong to no item; they close the pack as "Other papers". */
  documents: AttachedDocument[];
}

/** The parts of a pack, each optional. */
export interface PackOptions {
  cover: boolean;
  contents: boolean;
  agenda: boolean;
  notes: boolean;
  reports: boolean;
  articles: boolean;
  recommendations: boolean;
  /** Extra parts contributed by other features, by id: 'questions', 'annotation-digest', 'highlights'. */
  extraParts: string[];
  /** Start numbering afresh instead of keeping the previous edition's page numbers. */
  renumber: boolean;
}

/** The parts annotations add to a pack, by the ids PackOptions.extraParts holds. */
export const ANNOTATION_PACK_PARTS = {
  questions: 'questions',
  annotationDigest: 'annotation-digest',
  highlights: 'highlights',
} as const;

export const DEFAULT_PACK_OPTIONS: PackOptions = {
  cover: true,
  contents: true,
  agenda: true,
  notes: true,
  reports: true,
  articles: true,
  recommendations: true,
  // Questions are what members bring to the meeting, and the part is left out when there are none. The
  // digest repeats every note at length, and highlights are a member's own marks on the clerk's pages,
  // so both wait to be asked for.
  extraParts: [ANNOTATION_PACK_PARTS.questions],
  renumber: false,
};

/** One entry of the contents preview: what the pack will hold, in order, with its pages. */
export interface PackPreviewEntry {
  level: 0 | 1;
  title: string;
  /** Pack page label of the first page, e.g. "12" or "12a". */
  firstPage: string;
  pageCount: number;
}

export interface PackEditionSummary {
  edition: number;
  builtAt: string;
  pageCount: number;
  byteSize: number;
  /** One line per change against the previous edition; empty for the first. */
  changes: string[];
}

/** Which pages of a built edition to export. */
export type PackSelection =
  | { kind: 'all' }
  | { kind: 'item'; agendaItemId: number }
  | { kind: 'range'; from: string; to: string }
  /** Only the pages that carry members' annotations, keeping their pack numbers. */
  | { kind: 'annotated' };

export interface PackProgress {
  jobId: string;
  stage: 'preparing' | 'typesetting' | 'merging' | 'stamping' | 'writing' | 'done';
  done: number;
  total: number;
}
