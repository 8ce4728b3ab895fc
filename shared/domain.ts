import type { PackProgress } from './meetings.ts';

/** Domain types shared by main and renderer. Dates are ISO strings ("YYYY-MM-DD" or full timestamps). */

export type DocumentKind = 'report' | 'article';
export type DocumentFormat = 'pdf' | 'docx' | 'html' | 'markdown' | 'text';

/** What the extractor reads out of a document; the shape `briefing extract --json` prints. */
export interface ExtractedMetadata {
  kind: DocumentKind;
  title: string | null;
  date: string | null;
  organisation: string | null;
  committee: string | null;
  /** Several names joined by "; ". */
  author: string | null;
  recommendations: string[];
  headings: string[];
}

/** One row of the library view. */
export interface DocumentSummary {
  id: number;
  kind: DocumentKind;
  format: DocumentFormat;
  title: string;
  date: string | null;
  organisation: string | null;
  committee: string | null;
  author: string | null;
  fileName: string;
  pageCount: number;
  importedAt: string;
  /** Taken in private (Part 2): marked on every pack page, and left out of note exports unless asked for. */
  exempt: boolean;
}

export interface DocumentSection {
  heading: string;
  pageIndex: number;
}

export interface DocumentRecommendation {
  text: string;
  pageIndex: number | null;
}

export interface DocumentPage {
  pageIndex: number;
  text: string;
}

/** A document opened in the reader: its metadata, extracted structure and text page by page. */
export interface DocumentDetail extends DocumentSummary {
  sha256: string;
  byteSize: number;
  sections: DocumentSection[];
  recommendations: DocumentRecommendation[];
  pages: DocumentPage[];
}

/** A search result: one document, its best-matching page and a snippet with matches wrapped in markers. */
export interface SearchHit {
  documentId: number;
  title: string;
  kind: DocumentKind;
  date: string | null;
  committee: string | null;
  pageIndex: number | null;
  /** Snippet text in which each match is wrapped as SNIPPET_MARK_START ... SNIPPET_MARK_END. */
  snippet: string;
  score: number;
  /**
   * Present when one of the member's own annotations matches (its note, quoted passage or tags); it is shown
   * in preference to a page, so `snippet` then comes from that annotation and `pageIndex` is its page (null
   * for a note on the whole document or one no longer placed).
   */
  annotation?: SearchHitAnnotation;
}

/** The annotation through which a document matched a search. */
export interface SearchHitAnnotation {
  id: string;
  isQuestion: boolean;
}

/** Private-use characters that never occur in documents, so the renderer can split on them safely. */
export const SNIPPET_MARK_START = '\u{E000}';
export const SNIPPET_MARK_END = '\u{E001}';

export type ImportStatus = 'imported' | 'duplicate' | 'failed';

/** The verdict on one file of an import batch; the shape `briefing import --json` prints. */
export interface ImportOutcome {
  file: string;
  status: ImportStatus;
  documentId?: number;
  error?: string;
  /** Imported, but something the user should know (e.g. a scan without a text layer). */
  warning?: string;
  /** Present when the file was stored as a new version of the paper `documentId` rather than as a new paper. */
  replaced?: NewVersionSummary;
}

/** What storing a file as a new version of a paper did to the annotations on it. */
export interface NewVersionSummary {
  /** The number the replaced version now has in the paper's history. */
  previousVersion: number;
  /** Highlights whose passage was found again in the new text. */
  moved: number;
  /** Highlights whose passage is no longer there: kept, listed for the member to place. */
  orphaned: number;
}

/** "4 notes moved, 1 could not be placed", for the command line and the import results alike. */
export function describeNewVersion({ moved, orphaned }: NewVersionSummary): string {
  const movedPart = `${moved} ${moved === 1 ? 'note' : 'notes'} moved`;
  return orphaned > 0 ? `${movedPart}, ${orphaned} could not be placed` : movedPart;
}

/** Progress of a running import, pushed as events while the batch works. */
export interface ImportProgress {
  jobId: string;
  done: number;
  total: number;
  /** The outcome of the file that just finished. */
  outcome: ImportOutcome;
}

/** A command chosen from the desktop app's menu; the renderer carries it out (opens its picker, focuses search). */
export type MenuCommand = 'import-files' | 'import-folder' | 'find' | 'backup' | 'backup-shareable' | 'restore';

export type AppEvent =
  | { type: 'import-progress'; progress: ImportProgress }
  | { type: 'menu'; command: MenuCommand }
  | { type: 'pack-progress'; progress: PackProgress };
