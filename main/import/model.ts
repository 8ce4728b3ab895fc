/**
 * The intermediate document model every importer produces and every extractor reads. It keeps what
 * the source tells about layout (line positions, font sizes, bold) and structure (headings, lists),
 * so extraction can use more than flat text.
 */
import type { DocumentFormat } from '../../shared/domain.ts';
import { UserError } from '../errors.ts';

/** A line of a PDF page rebuilt from its text items. Coordinates in PDF points, origin top-left. */
export interface TextLine {
  text: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  bold: boolean;
}

export interface ImportedPage {
  index: number;
  /** Page size in PDF points; 0 for formats without pages. */
  width: number;
  height: number;
  /** Layout lines, top to bottom; empty for formats without layout. */
  lines: TextLine[];
  /** The page's plain text in reading order, lines separated by "\n". */
  text: string;
}

/** A structural block of a flowing document (DOCX, HTML, Markdown, text). */
export interface ImportedBlock {
  type: 'heading' | 'paragraph' | 'list-item';
  /** Heading level 1-6 for headings. */
  level?: number;
  text: string;
}

/** Metadata the file itself declares (PDF info, DOCX core properties, HTML meta, front matter). */
export interface DeclaredProperties {
  title?: string;
  author?: string;
  /** As declared; the extractor normalises it. */
  date?: string;
  publisher?: string;
  description?: string;
  /** The web address the document says it was published at (canonical link, og:url, front matter). */
  url?: string;
}

export interface ImportedDocument {
  format: DocumentFormat;
  /** PDFs: one per page. Flowing formats: a single page holding all the text. */
  pages: ImportedPage[];
  /** Flowing formats: the document's blocks in order. PDFs: empty. */
  blocks: ImportedBlock[];
  properties: DeclaredProperties;
  /** Something the user should know that did not stop the import (e.g. no text layer). */
  warning?: string;
}

/** A file that cannot be imported; the message says why in words a clerk understands. */
export class ImportError extends UserError {
  override name = 'ImportError';
}
