/**
 * Reads metadata and structure out of an imported document. Pure: the same document always gives the
 * same answer, and nothing here touches the library or the file system.
 */
import * as chrono from 'chrono-node';
import path from 'node:path';
import type { DocumentRecommendation, DocumentSection, ExtractedMetadata } from '../../shared/domain.ts';
import type { ImportedDocument, TextLine } from '../import/model.ts';

export interface Extraction {
  metadata: ExtractedMetadata;
  /** Top-level headings with the page each starts on, in reading order. */
  sections: DocumentSection[];
  recommendations: DocumentRecommendation[];
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function titleFromFileName(fileName: string): string {
  return collapse(path.basename(fileName).replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ')) || fileName;
}

/** The largest text on the first page that has any, joining consecutive lines set at that size. */
function largestLineTitle(doc: ImportedDocument): { title: string; pageIndex: number } | null {
  const page = doc.pages.find((p) => p.lines.some((l) => l.text.trim()));
  if (!page) return null;
  const lines = page.lines.filter((l) => l.text.trim());
  const largest = Math.max(...lines.map((l) => l.fontSize));
  const start = lines.findIndex((l) => l.fontSize >= largest - 0.5);
  const parts: string[] = [];
  for (let i = start; i < lines.length && (lines[i] as TextLine).fontSize >= largest - 0.5 && parts.length < 3; i++) {
    parts.push((lines[i] as TextLine).text);
  }
  return { title: collapse(parts.join(' ')), pageIndex: page.index };
}

function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A declared date, or the first complete day-month-year date printed near the start. A PDF's declared
 * date is when the file was made, not the meeting, so it is never used.
 */
function findDate(doc: ImportedDocument): string | null {
  const declared = doc.format === 'pdf' ? undefined : doc.properties.date;
  const candidates = [declared, doc.pages[0]?.text.slice(0, 4000)].filter((t): t is string => !!t);
  for (const text of candidates) {
    const found = chrono.en.GB.parse(text).find(
      (r) => r.start.isCertain('day') && r.start.isCertain('month') && r.start.isCertain('year'),
    );
    if (found) return isoDate(found.start.date());
  }
  return null;
}

/** Top-level headings: the highest heading level a flowing document uses, or bold/larger PDF lines. */
function findSections(doc: ImportedDocument): DocumentSection[] {
  const headingBlocks = doc.blocks.filter((b) => b.type === 'heading');
  if (headingBlocks.length > 0) {
    const counts = new Map<number, number>();
    for (const b of headingBlocks) counts.set(b.level ?? 1, (counts.get(b.level ?? 1) ?? 0) + 1);
    // A lone h1 is usually the title; the sections are the next level down.
    const levels = [...counts.keys()].sort((a, b) => a - b);
    const top = levels.length > 1 && counts.get(levels[0] as number) === 1 ? (levels[1] as number) : (levels[0] as number);
    return headingBlocks.filter((b) => (b.level ?? 1) === top).map((b) => ({ heading: collapse(b.text), pageIndex: 0 }));
  }
  const sections: DocumentSection[] = [];
  for (const page of doc.pages) {
    const body = medianFontSize(page.lines);
    for (const line of page.lines) {
      const text = collapse(line.text);
      if (text.length < 3 || text.length > 90 || !/\p{L}/u.test(text)) continue;
      if (!(line.bold || line.fontSize > body + 1)) continue;
      const numbered = /^(\d{1,2})(\.0)?\.?\s+(\p{Lu}.*)$/u.exec(text);
      if (numbered) sections.push({ heading: (numbered[3] as string).replace(/:$/, ''), pageIndex: page.index });
    }
  }
  return sections;
}

function medianFontSize(lines: TextLine[]): number {
  const sizes = lines.map((l) => l.fontSize).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 0;
}

/** Numbered or lettered items under a "Recommendation(s)" heading, up to the next numbered heading. */
function findRecommendations(doc: ImportedDocument): DocumentRecommendation[] {
  for (const page of doc.pages) {
    const lines = page.text.split('\n');
    const start = lines.findIndex((l) => /^\s*(\d+(\.0)?\.?\s+)?recommendations?:?\s*$/i.test(l));
    if (start < 0) continue;
    const items: string[] = [];
    for (const raw of lines.slice(start + 1)) {
      const line = collapse(raw);
      if (/^\d{1,2}(\.0)?\.?\s+\p{Lu}[\p{L} ]+$/u.test(line) && items.length > 0) break;
      const marker = /^(?:\(?[a-z0-9]{1,3}[.)]|\d+\.\d+|[-•])\s+(.*)$/i.exec(line);
      if (marker) items.push(marker[1] as string);
      else if (items.length > 0 && line) items[items.length - 1] += ` ${line}`;
    }
    return items.map((text) => ({ text: collapse(text), pageIndex: page.index }));
  }
  return [];
}

function looksLikeReport(doc: ImportedDocument): boolean {
  if (doc.format === 'pdf' || doc.format === 'docx') return true;
  const opening = doc.pages[0]?.text.slice(0, 3000) ?? '';
  return /\b(committee|cabinet|scrutiny)\b[\s\S]{0,400}\b(report|agenda|recommendations?)\b/i.test(opening);
}

function findLabelled(doc: ImportedDocument, labels: RegExp): string | null {
  for (const page of doc.pages.slice(0, 3)) {
    for (const line of page.text.split('\n')) {
      const match = labels.exec(line);
      if (match?.[1] && collapse(match[1])) return collapse(match[1]);
    }
  }
  return null;
}

export function extractDocument(doc: ImportedDocument, fileName: string): Extraction {
  const kind = looksLikeReport(doc) ? 'report' : 'article';
  const firstHeading = doc.blocks.find((b) => b.type === 'heading');
  const title =
    doc.format === 'pdf'
      ? (largestLineTitle(doc)?.title ?? null)
      : (doc.properties.title ?? (firstHeading ? collapse(firstHeading.text) : null));
  const sections = findSections(doc);
  const recommendations = kind === 'report' ? findRecommendations(doc) : [];
  const organisation =
    kind === 'article'
      ? (doc.properties.publisher ?? null)
      : (findLabelled(doc, /\b((?:[A-Z][\w’']+ )+(?:City|County|Borough|District|Town|Parish|Community) Council)\b/) ?? null);
  const author =
    kind === 'article'
      ? (doc.properties.author ?? null)
      : findLabelled(doc, /^\s*(?:contact officer|report author|author)\s*:?\s+([^,\n]+)/i);
  const committee =
    kind === 'report' ? findLabelled(doc, /^\s*(?:meeting name|decision maker|committee|meeting)\s*:\s*(.+)$/i) : null;
  return {
    metadata: {
      kind,
      title: title || titleFromFileName(fileName),
      date: findDate(doc),
      organisation,
      committee,
      author,
      recommendations: recommendations.map((r) => r.text),
      headings: sections.map((s) => s.heading),
    },
    sections,
    recommendations,
  };
}
