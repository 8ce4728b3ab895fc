/**
 * Reads metadata and structure out of an imported document. Pure: the same document always gives the
 * same answer, and nothing here touches the library or the file system. Each field has its own
 * module; this one builds the shared line model and front-sheet labels once and hands them round.
 */
import type { DocumentRecommendation, DocumentSection, ExtractedMetadata } from '../../shared/domain.ts';
import type { ImportedDocument } from '../import/model.ts';
import { agendaItems } from './agenda.ts';
import { articleAuthor, articleLines, articleOrganisation } from './article.ts';
import { reportAuthor } from './author.ts';
import { reportCommittee } from './committee.ts';
import { articleDate, reportDate } from './date.ts';
import { documentText } from './document-text.ts';
import { sectionHeadings } from './headings.ts';
import { documentKind } from './kind.ts';
import { labelledValues } from './labels.ts';
import { reportOrganisation } from './organisation.ts';
import { findRecommendations } from './recommendations.ts';
import { articleTitle, reportTitle } from './title.ts';

export interface Extraction {
  metadata: ExtractedMetadata;
  /** Top-level headings with the page each starts on, in reading order. */
  sections: DocumentSection[];
  recommendations: DocumentRecommendation[];
}

/** Front sheets are on the first pages; later "Date:" lines belong to appendices and tables. */
const FRONT_SHEET_PAGES = 2;

function extractReport(doc: ImportedDocument): Extraction {
  const text = documentText(doc);
  const empty: Extraction = {
    metadata: { kind: 'report', title: null, date: null, organisation: null, committee: null, author: null, recommendations: [], headings: [] },
    sections: [],
    recommendations: [],
  };
  if (!text.readable) return empty;
  const labels = labelledValues(text.lines);
  const front = labels.filter((l) => l.pageIndex < FRONT_SHEET_PAGES);
  const agenda = agendaItems(text.lines);
  const isAgenda = agenda.length > 0;
  const organisation = reportOrganisation(text.lines, text.runningHeaders);
  // An agenda pack's reports each have a front sheet; the pack's own comes from its first page.
  const sheet = isAgenda ? labels : front;
  const sections: DocumentSection[] = isAgenda
    ? agenda.map((item) => ({ heading: item.title, pageIndex: item.pageIndex }))
    : sectionHeadings(text, 'report');
  const recommendations = findRecommendations(text);
  return {
    metadata: {
      kind: 'report',
      title: reportTitle(text, front, isAgenda),
      date: reportDate(text, isAgenda ? [] : front),
      organisation,
      committee: reportCommittee(text, sheet, organisation),
      author: reportAuthor(text.lines, labels),
      recommendations: recommendations.map((r) => r.text),
      headings: sections.map((s) => s.heading),
    },
    sections,
    recommendations,
  };
}

function extractArticle(doc: ImportedDocument): Extraction {
  const text = documentText(doc);
  const lines = articleLines(text.lines);
  const sections = sectionHeadings(text, 'article');
  return {
    metadata: {
      kind: 'article',
      title: articleTitle(text, doc.properties, lines),
      date: articleDate(text, doc.properties),
      organisation: articleOrganisation(lines, doc.properties),
      committee: null,
      author: articleAuthor(text.lines, doc.properties),
      recommendations: [],
      headings: sections.map((s) => s.heading),
    },
    sections,
    recommendations: [],
  };
}

// The file name is part of the entry point's contract, but a name is not evidence of a title or date:
// both are left empty rather than guessed from it.
export function extractDocument(doc: ImportedDocument, _fileName: string): Extraction {
  const text = documentText(doc);
  const kind = documentKind(doc.format, text.lines, labelledValues(text.lines));
  return kind === 'report' ? extractReport(doc) : extractArticle(doc);
}
