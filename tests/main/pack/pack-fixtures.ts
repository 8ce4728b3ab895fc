/** Specs and checks for pack tests: generated PDFs, and the real command-line tools to inspect results. */
import { execFileSync } from 'node:child_process';
import PDFDocument from 'pdfkit';
import { DEFAULT_PACK_OPTIONS, type PackOptions } from '../../../shared/meetings.ts';
import type { PackDocument, PackItem, PackSpec } from '../../../main/pack/pack-spec.ts';
import { FONTS } from '../../../main/pack/fonts.ts';

export const UNICODE_SAMPLE = '£2.1m – “agreed” ☒ ☐ ■ ✓ Zoë Brontë, Siân Llŷr';

/** A PDF whose pages say "<marker> page N", in DejaVu so any character survives; sizes per page. */
export function makeOriginal(marker: string, sizes: ([number, number] | 'A4')[], rotate = 0): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ autoFirstPage: false });
    doc.registerFont('body', FONTS.sans);
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    sizes.forEach((size, i) => {
      doc.addPage({ size: size === 'A4' ? 'A4' : size, margin: 50 });
      if (rotate) (doc.page.dictionary.data as Record<string, unknown>).Rotate = rotate;
      doc.font('body').fontSize(14).text(`${marker} page ${i + 1}`);
    });
    doc.end();
  });
}

export function packDocument(id: number, title: string, pdf: Uint8Array | null, overrides: Partial<PackDocument> = {}): PackDocument {
  return {
    key: `d${id}`,
    documentId: id,
    role: pdf ? 'report' : 'article',
    title,
    date: '2026-02-01',
    source: 'The Stroud Courier',
    format: pdf ? 'pdf' : 'markdown',
    fileName: `${title}.${pdf ? 'pdf' : 'md'}`,
    pdf,
    text: pdf ? [] : [`Opening paragraph of ${title}.\n\nSecond paragraph with ${UNICODE_SAMPLE}.`],
    recommendations: [],
    ...overrides,
  };
}

export function packItem(key: string, number: string, title: string, documents: PackDocument[], note = ''): PackItem {
  return { key, agendaItemId: Number(key), number, title, officer: 'Jon McGinty', note, documents };
}

export function packSpec(items: PackItem[], options: Partial<PackOptions> = {}, extra: Partial<PackSpec> = {}): PackSpec {
  return {
    meeting: {
      organisation: 'Gloucester City Council',
      committee: 'Overview and Scrutiny Committee',
      title: 'Budget scrutiny',
      startsAt: '2026-03-11T18:00',
      venue: 'Civic Suite, North Warehouse',
    },
    items,
    otherDocuments: [],
    options: { ...DEFAULT_PACK_OPTIONS, ...options },
    packDate: '2026-03-03',
    edition: 1,
    previous: null,
    ...extra,
  };
}

export function pageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-'], { encoding: 'utf8' });
}

export function qpdfCheck(file: string): string {
  return execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
}

export function pageCount(file: string): number {
  return Number(execFileSync('qpdf', ['--show-npages', file], { encoding: 'utf8' }).trim());
}

interface QpdfJson {
  pages: { object: string }[];
  outlines: { title: string; destpageposfrom1: number | null; kids: QpdfJson['outlines'] }[];
  pagelabels: { index: number; label: Record<string, unknown> }[];
}

export function qpdfJson(file: string): QpdfJson {
  return JSON.parse(execFileSync('qpdf', ['--json', '--json-key=pages', '--json-key=outlines', '--json-key=pagelabels', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as QpdfJson;
}
