/**
 * Typesets every generated part of a pack (cover, changes, contents, agenda, briefing notes, articles,
 * recommendations table, extra parts) into ONE tagged pdfkit document, each part starting on a new page.
 * One document means one font subset and one structure tree for the merge to carry over. The parts'
 * page ranges and the contents rows' link rectangles come back with the bytes.
 */
import PDFDocument from 'pdfkit';
import { formatLongDate, formatShortDate } from './dates.ts';
import { registerFonts } from './fonts.ts';
import { A4, COLOURS, MARGINS } from './page-geometry.ts';
import { drawTable } from '../pdf-table.ts';
import { STATUS_LABELS } from '../../shared/recommendations.ts';
import type { PackDocument, PackRecommendation, PackSpec } from './pack-spec.ts';
import { documentPartKey, itemHeading, packDocuments, type PackPart } from './parts.ts';
import { contentsEntries, pageSpan, type PlannedPage } from './plan.ts';
import { parseRichText, runsText, type RichBlock, type TextRun } from './rich-text.ts';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

export interface GeneratedInput {
  spec: PackSpec;
  parts: PackPart[];
  /** The planned pack, or null on the first pass, when only page counts are wanted. */
  pages: PlannedPage[] | null;
  changes: string[];
}

export interface ContentsLink {
  /** Page of the generated document the row is on. */
  generatedPage: number;
  /** PDF coordinates (origin bottom left): x1, y1, x2, y2. */
  rect: [number, number, number, number];
  /** Index of the pack page the row points at. */
  targetIndex: number;
}

export interface GeneratedOutput {
  bytes: Uint8Array;
  /** First page (in the generated document) and page count of each generated part. */
  ranges: Map<string, { first: number; count: number }>;
  links: ContentsLink[];
}

/** Stands in for page numbers on the first pass; as wide as any real label, so the layout does not move. */
const PLACEHOLDER_LABEL = '888b';
const CONTENT_WIDTH = A4.width - MARGINS.left - MARGINS.right;
const BOTTOM = A4.height - MARGINS.bottom;

export function isGenerated(part: PackPart): boolean {
  return part.content.kind !== 'original';
}

export function typesetGeneratedParts(input: GeneratedInput): Promise<GeneratedOutput> {
  const { spec } = input;
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    autoFirstPage: false,
    bufferPages: false,
    tagged: true,
    pdfVersion: '1.7',
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: packTitle(spec), Creator: 'Briefing Desk' },
  });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  let pageCount = 0;
  doc.on('pageAdded', () => pageCount++);

  const typesetter = new Typesetter(doc, input);
  const ranges = new Map<string, { first: number; count: number }>();
  // One Document element at the root, as PDF/UA asks; each part is a section of it.
  const root = doc.struct('Document');
  doc.addStructure(root);
  for (const part of input.parts.filter(isGenerated)) {
    const first = pageCount;
    doc.addPage();
    const section = doc.struct('Sect', { title: part.title });
    root.add(section);
    typesetter.part(part, section, () => pageCount - 1);
    section.end();
    ranges.set(part.key, { first, count: pageCount - first });
  }
  root.end();
  doc.end();
  return finished.then((bytes) => ({ bytes, ranges, links: typesetter.links }));
}

export function packTitle(spec: PackSpec): string {
  return `${spec.meeting.committee}: ${spec.meeting.title}, ${formatShortDate(spec.meeting.startsAt)}`;
}

class Typesetter {
  readonly links: ContentsLink[] = [];
  readonly #doc: Doc;
  readonly #input: GeneratedInput;
  readonly #partPages = new Map<string, PlannedPage[]>();

  constructor(doc: Doc, input: GeneratedInput) {
    this.#doc = doc;
    this.#input = input;
    for (const page of input.pages ?? []) {
      const list = this.#partPages.get(page.part.key) ?? [];
      list.push(page);
      this.#partPages.set(page.part.key, list);
    }
  }

  part(part: PackPart, section: Struct, currentPage: () => number): void {
    const { content } = part;
    switch (content.kind) {
      case 'cover':
        return this.cover(section);
      case 'changes':
        return this.changes(section);
      case 'contents':
        return this.contents(section, currentPage);
      case 'agenda':
        return this.agenda(section);
      case 'note':
        this.heading(section, 'H1', itemHeading(content.item));
        if (content.item.officer) this.paragraph(section, `Presenting officer: ${content.item.officer}`, 'muted');
        this.heading(section, 'H2', 'Briefing note');
        return this.blocks(section, parseRichText(content.item.note));
      case 'typeset':
        return this.article(section, content.document);
      case 'recommendations':
        return this.recommendations(section);
      case 'extra':
        this.heading(section, 'H1', part.title);
        return this.blocks(section, content.blocks((partKey, pageIndex) => this.#labelOfDocumentPage(partKey, pageIndex)));
      case 'original':
        throw new Error('original pages are merged, not typeset');
    }
  }

  // ---- labels ----

  /** "12" or "12–15": where a part sits in the pack. */
  #span(partKey: string): string {
    const pages = this.#partPages.get(partKey);
    if (!this.#input.pages) return PLACEHOLDER_LABEL;
    if (!pages?.length) return '';
    return pageSpan(pages[0]!.label, pages.at(-1)!.label);
  }

  /** The pack page a page of a document landed on (its first page for typeset documents). */
  #labelOfDocumentPage(partKey: string, pageIndex: number | null): string {
    if (!this.#input.pages) return PLACEHOLDER_LABEL;
    const pages = this.#partPages.get(partKey);
    if (!pages?.length) return '';
    const exact = pageIndex === null ? undefined : pages.find((p) => p.part.content.kind === 'original' && p.pageInPart === pageIndex);
    return (exact ?? pages[0]!).label;
  }

  // ---- building blocks ----

  heading(parent: Struct, tag: 'H1' | 'H2' | 'H3', text: string): void {
    const doc = this.#doc;
    const size = tag === 'H1' ? 18 : tag === 'H2' ? 13.5 : 11.5;
    // Keep a heading with at least a few lines of what follows it.
    if (doc.y + size * 4 > BOTTOM && doc.y > MARGINS.top + 1) doc.addPage();
    if (tag !== 'H1' && doc.y > MARGINS.top + 1) doc.moveDown(0.6);
    parent.add(
      doc.struct(tag, {}, () => {
        doc.font('sansBold').fontSize(size).fillColor(tag === 'H1' ? COLOURS.accent : COLOURS.ink);
        doc.text(text, MARGINS.left, doc.y, { width: CONTENT_WIDTH });
      }),
    );
    doc.moveDown(tag === 'H1' ? 0.6 : 0.3);
  }

  paragraph(parent: Struct, text: string, tone: 'ink' | 'muted' = 'ink', font: 'sans' | 'serif' = 'sans'): void {
    this.runs(parent, [{ text, bold: false, italic: false }], tone, font);
  }

  runs(parent: Struct, runs: TextRun[], tone: 'ink' | 'muted' = 'ink', family: 'sans' | 'serif' = 'sans'): void {
    const doc = this.#doc;
    parent.add(
      doc.struct('P', {}, () => {
        doc.fontSize(10.5).fillColor(tone === 'muted' ? COLOURS.muted : COLOURS.ink);
        runs.forEach((run, i) => {
          doc.font(fontFor(family, run));
          const options = { width: CONTENT_WIDTH, lineGap: 2.5, continued: i < runs.length - 1 };
          if (i === 0) doc.text(run.text, MARGINS.left, doc.y, options);
          else doc.text(run.text, options);
        });
      }),
    );
    doc.moveDown(0.5);
  }

  list(parent: Struct, items: string[], ordered: boolean): void {
    const doc = this.#doc;
    const list = doc.struct('L');
    parent.add(list);
    doc.font('sans').fontSize(10.5).fillColor(COLOURS.ink);
    doc.x = MARGINS.left + 14;
    doc.list(items, doc.x, doc.y, {
      listType: ordered ? 'numbered' : 'bullet',
      bulletRadius: 2,
      textIndent: 14,
      width: CONTENT_WIDTH - 14,
      lineGap: 2.5,
      paragraphGap: 3,
      structParent: list,
    });
    list.end();
    doc.x = MARGINS.left;
    doc.moveDown(0.5);
  }

  blocks(parent: Struct, blocks: RichBlock[]): void {
    for (const block of blocks) {
      if (block.type === 'heading') this.heading(parent, block.level === 1 ? 'H2' : 'H3', block.text);
      else if (block.type === 'paragraph') this.runs(parent, block.runs);
      else this.list(parent, block.items.map(runsText), block.ordered);
    }
  }

  rule(): void {
    const doc = this.#doc;
    doc.save().strokeColor(COLOURS.rule).lineWidth(0.8);
    doc.markContent('Artifact', { type: 'Layout' });
    doc.moveTo(MARGINS.left, doc.y).lineTo(A4.width - MARGINS.right, doc.y).stroke();
    doc.endMarkedContent();
    doc.restore();
    doc.moveDown(0.8);
  }

  // ---- parts ----

  cover(section: Struct): void {
    const doc = this.#doc;
    const { meeting, packDate, edition } = this.#input.spec;
    // A coloured band across the top, decoration only.
    doc.markContent('Artifact', { type: 'Layout' });
    doc.rect(0, 0, A4.width, 190).fill(COLOURS.accent);
    doc.endMarkedContent();
    section.add(
      doc.struct('P', {}, () => {
        doc.font('sans').fontSize(14).fillColor('#ffffff');
        doc.text(meeting.organisation, MARGINS.left, 96, { width: CONTENT_WIDTH });
      }),
    );
    doc.y = 240;
    section.add(
      doc.struct('H1', {}, () => {
        doc.font('sansBold').fontSize(30).fillColor(COLOURS.ink);
        doc.text(meeting.committee, MARGINS.left, doc.y, { width: CONTENT_WIDTH, lineGap: 2 });
      }),
    );
    doc.moveDown(0.4);
    section.add(
      doc.struct('P', {}, () => {
        doc.font('sans').fontSize(18).fillColor(COLOURS.ink);
        doc.text(meeting.title, MARGINS.left, doc.y, { width: CONTENT_WIDTH });
      }),
    );
    doc.moveDown(1.2);
    this.rule();
    const detail = (label: string, value: string) =>
      section.add(
        doc.struct('P', {}, () => {
          doc.font('sansBold').fontSize(12).fillColor(COLOURS.muted).text(`${label}  `, MARGINS.left, doc.y, {
            continued: true,
            width: CONTENT_WIDTH,
          });
          doc.font('sans').fillColor(COLOURS.ink).text(value);
        }),
      );
    detail('Date', formatLongDate(meeting.startsAt));
    doc.moveDown(0.4);
    if (meeting.venue) detail('Venue', meeting.venue);
    section.add(
      doc.struct('P', {}, () => {
        doc.font('sans').fontSize(10.5).fillColor(COLOURS.muted);
        const issued = `Briefing pack issued ${formatLongDate(packDate)}${edition > 1 ? ` · edition ${edition}` : ''}`;
        doc.text(issued, MARGINS.left, BOTTOM - 20, { width: CONTENT_WIDTH, lineBreak: false });
      }),
    );
  }

  changes(section: Struct): void {
    const { spec } = this.#input;
    this.heading(section, 'H1', 'Changes in this edition');
    this.paragraph(
      section,
      `This is edition ${spec.edition} of the pack. Pages keep the numbers they had in edition ${spec.edition - 1}; ` +
        'a page added since carries the number of the page before it and a letter (for example 12a), so notes made on ' +
        'the earlier edition still point at the right pages.',
    );
    if (this.#input.changes.length) this.list(section, this.#input.changes, false);
    else this.paragraph(section, 'No papers were added or removed; only the cover and contents were reissued.');
  }

  contents(section: Struct, currentPage: () => number): void {
    const doc = this.#doc;
    this.heading(section, 'H1', 'Contents');
    const pages = this.#input.pages;
    // The contents does not list itself; the bookmarks do.
    const entries = (pages ? contentsEntries(pages) : this.#provisionalEntries()).filter((e) => e.title !== 'Contents' || e.level !== 0);
    const toc = doc.struct('TOC');
    section.add(toc);
    const labelWidth = 70;
    for (const entry of entries) {
      const indent = entry.level === 0 ? 0 : 18;
      const titleWidth = CONTENT_WIDTH - indent - labelWidth - 10;
      const font = entry.level === 0 ? 'sansBold' : 'sans';
      const size = entry.level === 0 ? 11 : 10.5;
      doc.font(font).fontSize(size);
      const height = doc.heightOfString(entry.title, { width: titleWidth, lineGap: 2 });
      if (entry.level === 0 && doc.y > MARGINS.top + 1) doc.moveDown(0.35);
      if (doc.y + height > BOTTOM) doc.addPage();
      const top = doc.y;
      const label = pages ? pageSpan(pages[entry.firstIndex]!.label, pages[entry.lastIndex]!.label) : PLACEHOLDER_LABEL;
      toc.add(
        doc.struct('TOCI', {}, () => {
          doc.fillColor(COLOURS.ink);
          doc.text(entry.title, MARGINS.left + indent, top, { width: titleWidth, lineGap: 2 });
          doc.text(label, A4.width - MARGINS.right - labelWidth, top, { width: labelWidth, align: 'right', lineBreak: false });
        }),
      );
      doc.y = top + height + 3;
      this.links.push({
        generatedPage: currentPage(),
        rect: [MARGINS.left + indent, A4.height - (top + height), A4.width - MARGINS.right, A4.height - top + 1],
        targetIndex: entry.firstIndex,
      });
    }
    toc.end();
    doc.x = MARGINS.left;
  }

  /** First pass: the same rows as the real contents, so it takes the same number of pages. */
  #provisionalEntries() {
    const fake = this.#input.parts.map((part) => ({ key: `${part.key}#0`, part, pageInPart: 0, label: PLACEHOLDER_LABEL }));
    return contentsEntries(fake);
  }

  agenda(section: Struct): void {
    const doc = this.#doc;
    const { meeting, items } = this.#input.spec;
    this.heading(section, 'H1', 'Agenda');
    this.paragraph(section, `${meeting.committee}, ${formatLongDate(meeting.startsAt)}${meeting.venue ? `, ${meeting.venue}` : ''}`, 'muted');
    const list = doc.struct('L');
    section.add(list);
    for (const item of items) {
      doc.font('sansBold').fontSize(11.5);
      if (doc.y + 48 > BOTTOM) doc.addPage();
      const li = doc.struct('LI');
      list.add(li);
      const top = doc.y;
      li.add(
        doc.struct('Lbl', {}, () => {
          doc.font('sansBold').fontSize(11.5).fillColor(COLOURS.accent).text(item.number || '•', MARGINS.left, top, { width: 36 });
        }),
      );
      const body = doc.struct('LBody');
      li.add(body);
      const x = MARGINS.left + 40;
      const width = CONTENT_WIDTH - 40;
      body.add(
        doc.struct('P', {}, () => {
          doc.font('sansBold').fontSize(11.5).fillColor(COLOURS.ink).text(item.title, x, top, { width });
        }),
      );
      if (item.officer) {
        body.add(
          doc.struct('P', {}, () => {
            doc.font('sans').fontSize(9.5).fillColor(COLOURS.muted).text(`Presenting officer: ${item.officer}`, x, doc.y + 1, { width });
          }),
        );
      }
      for (const document of item.documents) {
        const where = this.#span(documentPartKey(item, document));
        const kind = document.role === 'article' ? 'Background' : 'Report';
        body.add(
          doc.struct('P', {}, () => {
            doc.font('sans').fontSize(9.5).fillColor(COLOURS.ink);
            doc.text(`${kind}: ${document.title}${where ? ` (page ${where})` : ''}`, x + 10, doc.y + 1, { width: width - 10 });
          }),
        );
      }
      body.end();
      li.end();
      doc.moveDown(0.7);
    }
    list.end();
    doc.x = MARGINS.left;
  }

  article(section: Struct, document: PackDocument): void {
    this.heading(section, 'H1', document.title);
    const meta = [document.source, document.date ? formatLongDate(document.date) : null].filter(Boolean).join(' · ');
    if (meta) this.paragraph(section, meta, 'muted');
    this.rule();
    const paragraphs = document.text
      .join('\n\n')
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
      .filter(Boolean);
    if (!paragraphs.length) this.paragraph(section, 'This document has no text in the library.', 'muted');
    for (const text of paragraphs) this.paragraph(section, text, 'ink', 'serif');
  }

  recommendations(section: Struct): void {
    const doc = this.#doc;
    const { spec } = this.#input;
    this.heading(section, 'H1', 'Recommendations');
    this.paragraph(
      section,
      'The recommendations in this meeting’s reports, in agenda order, with what the register records about each and the pack page it is on.',
      'muted',
    );
    // Status and decision share a column: A4 portrait has room for one more column beside the text, not two.
    const columns = [
      { header: 'Item', width: 32 },
      { header: 'Report', width: 92 },
      { header: 'No.', width: 30 },
      { header: 'Recommendation', width: CONTENT_WIDTH - 32 - 92 - 30 - 110 - 38 },
      { header: 'Status and decision', width: 110 },
      { header: 'Page', width: 38 },
    ];
    const rows: string[][] = [];
    for (const { item, document } of packDocuments(spec)) {
      const partKey = documentPartKey(item, document);
      document.recommendations.forEach((rec, i) => {
        rows.push([
          item?.number ?? '–',
          document.title,
          String(i + 1),
          rec.text,
          registerState(rec),
          this.#labelOfDocumentPage(partKey, rec.pageIndex),
        ]);
      });
    }
    const table = doc.struct('Table');
    section.add(table);
    drawTable(doc, columns, rows, {
      x: MARGINS.left,
      font: 'sans',
      boldFont: 'sansBold',
      fontSize: 9,
      ink: COLOURS.ink,
      header: { fill: COLOURS.accent, ink: '#ffffff' },
      stripe: COLOURS.shade,
      padding: 4,
      bottom: () => BOTTOM,
      pageTop: MARGINS.top,
      addPage: () => doc.addPage(),
      tagInto: table,
    });
    table.end();
  }
}

/** "Agreed" and, below it, the decision and its date where the register records them. */
function registerState(rec: PackRecommendation): string {
  const decided = rec.decisionDate ? `Decided ${formatShortDate(rec.decisionDate)}` : '';
  return [rec.status ? STATUS_LABELS[rec.status] : '', rec.decision ?? '', decided].filter(Boolean).join('\n');
}

function fontFor(family: 'sans' | 'serif', run: TextRun): string {
  if (family === 'serif') return run.bold ? 'serifBold' : run.italic ? 'serifItalic' : 'serif';
  return run.bold && run.italic ? 'sansBoldItalic' : run.bold ? 'sansBold' : run.italic ? 'sansItalic' : 'sans';
}
