/**
 * Where other features plug into packs without the pack code knowing them. The annotations feature
 * provides PackPartSources for "Questions to ask" and "Annotation digest" and a PageDecorator that draws
 * members' highlights on original pages (see annotation-extensions.ts). Without them, packs are built
 * without those parts.
 */
import type { PDFPage } from 'pdf-lib';
import type { RichBlock } from './rich-text.ts';

/** A library document as it sits in the pack; a document attached to two items is listed twice. */
export interface PackPartDocument {
  documentId: number;
  title: string;
  /** The agenda item it is under ("Item 4: Budget"), or "Other papers". */
  group: string;
  /** The part holding its pages, to ask a PackPageLabel where one of them landed. */
  partKey: string;
}

export interface PackPartContext {
  /** The library documents in the pack, in pack order. */
  documents: PackPartDocument[];
}

/**
 * The printed pack number of a page of a document ("12", "12a"); the part's first page for documents
 * typeset into the pack or for a null page; '' when the document's pages are not in the pack.
 */
export type PackPageLabel = (partKey: string, pageIndex: number | null) => string;

/** What a part source read for one build. */
export interface PreparedPart {
  /**
   * The part's content, typeset again on every layout pass because the page numbers it quotes settle
   * only when the generated parts stop changing length; the first pass gets placeholder labels.
   */
  blocks(pageLabel: PackPageLabel): RichBlock[];
}

/** A generated part typeset from rich blocks, placed after the recommendations table. */
export interface PackPartSource {
  /** Matched against PackOptions.extraParts, e.g. 'questions'. */
  id: string;
  title: string;
  /** Reads what the part needs, once per build; null leaves the part out. */
  prepare(context: PackPartContext): Promise<PreparedPart | null> | PreparedPart | null;
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
