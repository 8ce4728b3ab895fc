/**
 * A real library with a meeting of two reports for tests of the annotation parts: generated PDFs,
 * annotations saved through the repository, and checks of where words and highlight colour land on a
 * page (poppler's pdftotext -bbox and pdftoppm).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Annotation, AnnotationTarget, PdfRect } from '../../../shared/annotations.ts';
import { saveAnnotation } from '../../../main/db/annotations.ts';
import { openDatabase, type Db } from '../../../main/db/connection.ts';
import { insertDocument } from '../../../main/db/documents.ts';
import { addAgendaItem, attachDocument, createMeeting } from '../../../main/db/meetings.ts';
import { newDocument } from '../../helpers/documents.ts';
import { makeOriginal } from './pack-fixtures.ts';

export interface AnnotatedLibrary {
  db: Db;
  libraryPath: string;
  meetingId: number;
  budget: { id: number; pdf: Uint8Array };
  housing: { id: number; pdf: Uint8Array };
}

/**
 * Item 1 "Budget": a 3-page A4 report; item 2 "Housing": a 2-page US Letter report, so its pages are
 * shrunk onto A4. With the default parts the pack runs cover, contents, agenda, budget (4–6), housing (7–8).
 */
export async function annotatedLibrary(dir: string): Promise<AnnotatedLibrary> {
  const libraryPath = path.join(dir, 'library.sqlite');
  const db = openDatabase(libraryPath);
  const budgetPdf = await makeOriginal('Budget', ['A4', 'A4', 'A4']);
  const housingPdf = await makeOriginal('Housing', [
    [612, 792],
    [612, 792],
  ]);
  const budget = insertDocument(db, newDocument({ title: 'Budget report', bytes: budgetPdf, format: 'pdf', pages: ['Budget page 1', 'Budget page 2', 'Budget page 3'] }));
  const housing = insertDocument(db, newDocument({ title: 'Housing report', bytes: housingPdf, format: 'pdf', pages: ['Housing page 1', 'Housing page 2'] }));
  const meetingId = createMeeting(db, { organisation: 'Stroud District Council', committee: 'Scrutiny', title: 'March', startsAt: '2026-03-11', venue: '' });
  const budgetItem = addAgendaItem(db, meetingId, { number: '1', title: 'Budget', officer: '', notes: '' });
  const housingItem = addAgendaItem(db, meetingId, { number: '2', title: 'Housing', officer: '', notes: '' });
  attachDocument(db, { agendaItemId: budgetItem }, budget, 'report');
  attachDocument(db, { agendaItemId: housingItem }, housing, 'report');
  return { db, libraryPath, meetingId, budget: { id: budget, pdf: budgetPdf }, housing: { id: housing, pdf: housingPdf } };
}

let counter = 0;

export function annotate(db: Db, documentId: number, target: AnnotationTarget, fields: Partial<Omit<Annotation, 'id' | 'documentId' | 'target'>> = {}): Annotation {
  counter += 1;
  return saveAnnotation(db, {
    id: `test-annotation-${counter}`,
    documentId,
    target,
    colour: 'yellow',
    note: '',
    isQuestion: false,
    tags: [],
    orphaned: false,
    ...fields,
  });
}

/** A passage target covering `quote`, with the rectangles given (PDF points of the original page). */
export function passage(quote: string, pageIndex: number, rects: PdfRect[] = []): AnnotationTarget {
  return { type: 'text', anchor: { quote: { exact: quote, prefix: '', suffix: '' }, start: 0, end: quote.length, pageIndex, rects } };
}

export interface WordBox {
  word: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Words of one page (from 1) with their boxes in points, origin top left, as pdftotext -bbox gives them. */
export function wordBoxes(file: string, page: number): { width: number; height: number; words: WordBox[] } {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  const size = /<page width="([\d.]+)" height="([\d.]+)"/.exec(html)!;
  const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    word: m[5]!,
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
  }));
  return { width: Number(size[1]), height: Number(size[2]), words };
}

/** The union of the boxes of a run of words on a page, e.g. the line "Housing page 2". */
export function lineBox(file: string, page: number, line: string): WordBox & { pageHeight: number } {
  const { height, words } = wordBoxes(file, page);
  const wanted = line.split(' ');
  const start = words.findIndex((_, i) => wanted.every((w, k) => words[i + k]?.word === w));
  if (start < 0) throw new Error(`"${line}" is not on page ${page} of ${file}`);
  const run = words.slice(start, start + wanted.length);
  return {
    word: line,
    xMin: Math.min(...run.map((w) => w.xMin)),
    yMin: Math.min(...run.map((w) => w.yMin)),
    xMax: Math.max(...run.map((w) => w.xMax)),
    yMax: Math.max(...run.map((w) => w.yMax)),
    pageHeight: height,
  };
}

/** The same box as a PDF rectangle (origin bottom left), as the reader stores highlights. */
export function toPdfRect(box: WordBox & { pageHeight: number }): PdfRect {
  return { x1: box.xMin, y1: box.pageHeight - box.yMax, x2: box.xMax, y2: box.pageHeight - box.yMin };
}

/**
 * Renders one page at 144 dpi (2 pixels a point) and returns the box, in points from the top left, of
 * the pixels tinted by a yellow highlight over white paper, or null when there are none.
 */
export function yellowBox(file: string, page: number, dir: string): { xMin: number; yMin: number; xMax: number; yMax: number } | null {
  const prefix = path.join(dir, `render-${page}`);
  execFileSync('pdftoppm', ['-r', '144', '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
  const ppm = fs.readFileSync(`${prefix}.ppm`);
  // P6 header: magic, width, height, maxval, each followed by one whitespace byte.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 50).toString('latin1'))!;
  const width = Number(header[1]);
  const height = Number(header[2]);
  const offset = header[0].length;
  let box: { xMin: number; yMin: number; xMax: number; yMax: number } | null = null;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = offset + 3 * (y * width + x);
      const [r, g, b] = [ppm[i]!, ppm[i + 1]!, ppm[i + 2]!];
      if (r < 235 || g < 200 || b > 190 || b < 90) continue;
      box = box ?? { xMin: x, yMin: y, xMax: x, yMax: y };
      box.xMin = Math.min(box.xMin, x);
      box.yMin = Math.min(box.yMin, y);
      box.xMax = Math.max(box.xMax, x + 1);
      box.yMax = Math.max(box.yMax, y + 1);
    }
  }
  return box && { xMin: box.xMin / 2, yMin: box.yMin / 2, xMax: box.xMax / 2, yMax: box.yMax / 2 };
}
