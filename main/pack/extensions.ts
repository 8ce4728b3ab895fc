/**
 * Where other features plug into packs without the pack code knowing them. The annotations feature
 * provides a PackPartSource for "Questions to ask" and "Annotation digest", a PageDecorator that draws
 * members' highlights on original pages, and an AnnotatedPages lookup for "print only the pages I
 * annotated". Until it registers them, packs are built without those parts.
 */
import type { PDFPage } from 'pdf-lib';
import type { RichBlock } from './rich-text.ts';

export interface PackPartContext {
  meetingTitle: string;
  /** The library documents in the pack, in pack order. */
  documentIds: number[];
}

/** A generated part typeset from rich blocks, placed after the recommendations table. */
export interface PackPartSource {
  /** Matched against PackOptions.extraParts, e.g. 'questions'. */
  id: string;
  title: string;
  /** The part's content; an empty list leaves the part out. */
  blocks(context: PackPartContext): Promise<RichBlock[]> | RichBlock[];
}

/** Maps a point of an original page (PDF points, origin bottom left) to where it lands on the pack page. */
export type PlacePoint = (x: number, y: number) => [number, number];

/** Draws on an original page after it has been placed on its pack page (e.g. highlights). */
export interface PageDecorator {
  id: string;
  decorate(page: PDFPage, source: { documentId: number; pageIndex: number }, place: PlacePoint): void;
}

export interface PackExtensions {
  partSources: PackPartSource[];
  /** Applied to every original page when their ids are in PackOptions.extraParts. */
  pageDecorators: PageDecorator[];
}

export const NO_EXTENSIONS: PackExtensions = { partSources: [], pageDecorators: [] };
