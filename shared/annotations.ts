/**
 * Annotation types shared by main and renderer. An annotation on a passage carries a three-way anchor
 * (see shared/anchoring/): the quoted text with its surroundings, its place in the document's
 * normalised text, and for PDFs the page and the rectangles it covers.
 */

export const ANNOTATION_COLOURS = ['yellow', 'green', 'blue', 'pink', 'orange'] as const;
export type AnnotationColour = (typeof ANNOTATION_COLOURS)[number];

/** A rectangle in PDF points, in the page's own coordinate space (origin bottom-left, as PDF draws). */
export interface PdfRect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Where a passage is: quote, offsets in the normalised document text, page and (PDFs) rectangles. */
export interface TextAnchor {
  quote: TextQuote;
  start: number;
  end: number;
  pageIndex: number;
  /** Empty when unknown, e.g. right after re-anchoring to a new version; the reader fills them in. */
  rects: PdfRect[];
}

/** What an annotation is attached to: a passage, a whole page, or the whole document. */
export type AnnotationTarget =
  | { type: 'text'; anchor: TextAnchor }
  | { type: 'page'; pageIndex: number }
  | { type: 'document' };

export interface Annotation {
  /** Made by the renderer when the annotation is created, so saving is idempotent and undo can recreate it. */
  id: string;
  documentId: number;
  target: AnnotationTarget;
  colour: AnnotationColour;
  note: string;
  isQuestion: boolean;
  tags: string[];
  /** True when a new version of the document no longer contains the passage; kept for the user to place. */
  orphaned: boolean;
  createdAt: string;
  updatedAt: string;
}

/** An annotation with the document it belongs to, for views across the library. */
export interface LibraryAnnotation extends Annotation {
  documentTitle: string;
}

export interface AnnotationFilter {
  documentId?: number;
  /** Only annotations on documents on this meeting's agenda. */
  meetingId?: number;
  tag?: string;
  colour?: AnnotationColour;
  questionsOnly?: boolean;
  orphanedOnly?: boolean;
}

export type AnnotationExportFormat = 'md' | 'csv';

/** Where a reader left off in a document. */
export interface ReadingPosition {
  pageIndex: number;
  /** How far down that page, 0 to 1. */
  pageOffset: number;
  zoom: number | 'fit-width';
}

/** One earlier version of a document, whose original file is kept for history. */
export interface DocumentVersion {
  version: number;
  fileName: string;
  sha256: string;
  byteSize: number;
  importedAt: string;
  replacedAt: string;
}

/** What replacing a document with a new version did to its annotations. */
export interface ReplaceOutcome {
  documentId: number;
  /** The number the replaced content now has in the document's history (1 for the first replace). */
  previousVersion: number;
  moved: number;
  /** Placed by approximate matching: the passage was edited a little. */
  movedApproximately: number;
  orphaned: Annotation[];
}
