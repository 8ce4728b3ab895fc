/**
 * What a pack is built from, once everything has been read out of the library: the meeting, its items
 * with their documents (original bytes for PDFs, page text for the rest) and the parts to include.
 * The builder works on this alone, so it needs no database and is tested on generated PDFs.
 */
import type { DocumentFormat } from '../../shared/domain.ts';
import type { DocumentRole, MeetingFields, PackOptions } from '../../shared/meetings.ts';
import type { RecommendationStatus } from '../../shared/recommendations.ts';

export interface PackRecommendation {
  text: string;
  /** Page of the document it was found on, so the table can give its pack page. */
  pageIndex: number | null;
  /** What the recommendations register records; null where the pack is built from outside the library. */
  status: RecommendationStatus | null;
  decision: string | null;
  decisionDate: string | null;
}

export interface PackDocument {
  /** Stable across editions (e.g. "d17"), so a rebuilt pack knows a document it has placed before. */
  key: string;
  documentId: number | null;
  role: DocumentRole;
  title: string;
  date: string | null;
  /** Who published or wrote it, shown under an article's title. */
  source: string | null;
  format: DocumentFormat;
  /** File name, for messages about this document. */
  fileName: string;
  /** The original file, for PDFs: their pages go into the pack as they are. */
  pdf: Uint8Array | null;
  /** Page text from the library, for documents typeset into the pack. */
  text: string[];
  recommendations: PackRecommendation[];
  /** Exempt (Part 2): every one of its pack pages carries EXEMPT_MARKING. Absent means public. */
  exempt?: boolean;
}

export interface PackItem {
  /** Stable across editions (the agenda item's id where there is one). */
  key: string;
  agendaItemId: number | null;
  number: string;
  title: string;
  officer: string;
  /** The clerk's briefing note (Markdown subset). */
  note: string;
  documents: PackDocument[];
}

/** The page numbers a previous edition gave each page, so a rebuild keeps them where it can. */
export interface PreviousEdition {
  edition: number;
  pages: { key: string; label: string; partKey: string; partTitle: string }[];
}

export interface PackSpec {
  meeting: MeetingFields;
  items: PackItem[];
  /** Papers for the meeting tied to no item. */
  otherDocuments: PackDocument[];
  options: PackOptions;
  /** The day the pack is issued, "YYYY-MM-DD", printed on the cover. */
  packDate: string;
  edition: number;
  previous: PreviousEdition | null;
}
