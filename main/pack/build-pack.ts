/**
 * Builds a pack from its spec: loads the original PDFs, typesets the generated parts until their page
 * counts settle (the contents lists page numbers, which depend on how long the contents is), merges,
 * stamps, adds bookmarks, page labels and links, and writes the file atomically.
 */
import { PDFDocument } from 'pdf-lib';
import { EXEMPT_MARKING } from '../../shared/exempt.ts';
import type { PackProgress } from '../../shared/meetings.ts';
import { UserError } from '../errors.ts';
import { NO_EXTENSIONS, type PackExtensions, type PackPartContext } from './extensions.ts';
import { packTitle, typesetGeneratedParts, type GeneratedOutput } from './generated-pages.ts';
import { assemblePack, loadOriginal } from './merge.ts';
import { writeContentsLinks, outlineTree, writeOutline, writePageLabels } from './outline.ts';
import type { PackSpec } from './pack-spec.ts';
import { documentPartKey, itemHeading, listParts, packDocuments, type ExtraPart, type PackPart } from './parts.ts';
import { contentsEntries, describeChanges, planPages, type ContentsEntry, type PlannedPage } from './plan.ts';
import { formatShortDate } from './dates.ts';
import { applyStamps, typesetStamps } from './stamp.ts';
import { writeAtomically } from './write-atomically.ts';

export type PackStage = PackProgress['stage'];

export interface BuildOptions {
  extensions?: PackExtensions;
  onProgress?: (stage: PackStage, done: number, total: number) => void;
}

export interface BuiltPack {
  pages: PlannedPage[];
  changes: string[];
  byteSize: number;
}

/** Typesetting passes allowed before giving up; two are enough unless the contents crosses a page break. */
const MAX_PASSES = 4;

export async function buildPack(spec: PackSpec, outFile: string, options: BuildOptions = {}): Promise<BuiltPack> {
  const bytes = await buildPackBytes(spec, options);
  options.onProgress?.('writing', 0, 1);
  await writeAtomically(outFile, bytes.bytes);
  options.onProgress?.('done', 1, 1);
  return { pages: bytes.pages, changes: bytes.changes, byteSize: bytes.bytes.byteLength };
}

export async function buildPackBytes(
  spec: PackSpec,
  { extensions = NO_EXTENSIONS, onProgress }: BuildOptions = {},
): Promise<{ bytes: Uint8Array; pages: PlannedPage[]; changes: string[] }> {
  const report = onProgress ?? (() => {});
  const originals = await loadOriginals(spec, report);
  const { plan, changes, generated } = await layOutPack(spec, extensions, originals, report);

  report('merging', 0, plan.length);
  const generatedPdf = await PDFDocument.load(generated.bytes, { updateMetadata: false });
  const assembled = await assemblePack(plan, { pdf: generatedPdf, ranges: generated.ranges }, originals);
  const { doc, pages, placements } = assembled;
  report('merging', plan.length, plan.length);

  const decorators = extensions.pageDecorators.filter((d) => spec.options.extraParts.includes(d.id));
  plan.forEach((planned, i) => {
    const { content } = planned.part;
    const place = placements[i];
    if (content.kind !== 'original' || !place || content.document.documentId === null) return;
    for (const decorator of decorators) {
      decorator.decorate(pages[i]!, { documentId: content.document.documentId, pageIndex: planned.pageInPart }, place);
    }
  });

  report('stamping', 0, plan.length);
  const footerLeft = `${spec.meeting.committee} · ${formatShortDate(spec.meeting.startsAt)}${spec.edition > 1 ? ` · edition ${spec.edition}` : ''}`;
  const stamped = plan.map((p) => p.part.key !== 'cover');
  const overlays = await typesetStamps(
    pages,
    plan.map((p) => ({
      header: p.part.key === 'cover' ? null : headerOf(p.part),
      footerLeft,
      label: p.label,
      ...(isExemptPart(p.part) ? { marking: EXEMPT_MARKING } : {}),
    })),
  );
  await applyStamps(doc, pages, overlays, stamped, placements.map((p) => p !== null));
  report('stamping', plan.length, plan.length);

  const generatedToPack = new Map<number, number>();
  plan.forEach((planned, index) => {
    const range = generated.ranges.get(planned.part.key);
    if (range) generatedToPack.set(range.first + planned.pageInPart, index);
  });
  writeOutline(doc, pages, outlineTree(contentsEntries(plan), spec.options.cover));
  writePageLabels(doc, plan);
  writeContentsLinks(doc, pages, generated.links, generatedToPack);

  const title = packTitle(spec);
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setLanguage('en-GB');
  doc.setAuthor(spec.meeting.organisation);
  doc.setSubject(`Briefing pack${spec.edition > 1 ? `, edition ${spec.edition}` : ''}`);
  doc.setCreator('Briefing Desk');
  doc.setProducer('Briefing Desk');
  doc.setCreationDate(new Date());

  report('writing', 0, 1);
  const bytes = await doc.save({ useObjectStreams: true });
  return { bytes, pages: plan, changes };
}

/** Parts, pages and generated pages, typeset until the generated parts' page counts settle. */
async function layOutPack(
  spec: PackSpec,
  extensions: PackExtensions,
  originals: Map<string, PDFDocument>,
  report: NonNullable<BuildOptions['onProgress']>,
): Promise<{ plan: PlannedPage[]; changes: string[]; generated: GeneratedOutput }> {
  const extras = await collectExtras(spec, extensions);
  const parts = listParts(spec, extras, spec.previous !== null);
  if (!parts.length) throw new UserError('Nothing to put in the pack: tick at least one part and add documents.');

  const counts = new Map<string, number>();
  for (const part of parts) {
    if (part.content.kind === 'original') counts.set(part.key, originals.get(part.content.document.key)!.getPageCount());
  }
  report('typesetting', 0, 2);
  let generated = await typesetGeneratedParts({ spec, parts, pages: null, changes: [] });
  for (let pass = 1; ; pass++) {
    for (const [key, range] of generated.ranges) counts.set(key, range.count);
    const plan = planPages(parts, counts, spec.previous);
    const changes = spec.previous ? describeChanges(plan, spec.previous) : [];
    generated = await typesetGeneratedParts({ spec, parts, pages: plan, changes });
    report('typesetting', Math.min(pass + 1, 2), 2);
    if (sameCounts(generated, counts)) return { plan, changes, generated };
    if (pass === MAX_PASSES) throw new Error('The generated pages did not settle on a page count.');
  }
}

async function loadOriginals(spec: PackSpec, report: NonNullable<BuildOptions['onProgress']>): Promise<Map<string, PDFDocument>> {
  const documents = packDocuments(spec).map((d) => d.document);
  report('preparing', 0, documents.length);
  const originals = new Map<string, PDFDocument>();
  for (const [i, document] of documents.entries()) {
    if (document.pdf && !originals.has(document.key)) originals.set(document.key, await loadOriginal(document));
    report('preparing', i + 1, documents.length);
  }
  return originals;
}

/** What the pack would hold and on which pages, without merging or writing anything. */
export async function previewPack(
  spec: PackSpec,
  extensions: PackExtensions = NO_EXTENSIONS,
): Promise<{ pages: PlannedPage[]; entries: ContentsEntry[] }> {
  const noReport = () => {};
  const originals = await loadOriginals(spec, noReport);
  const { plan } = await layOutPack(spec, extensions, originals, noReport);
  return { pages: plan, entries: contentsEntries(plan) };
}

/** Pages of an exempt paper, whether its own pages or typeset from its text. */
function isExemptPart(part: PackPart): boolean {
  const { content } = part;
  return (content.kind === 'original' || content.kind === 'typeset') && content.document.exempt === true;
}

function headerOf(part: PackPart): string {
  return part.item ? `${part.header} — ${part.title}` : part.header;
}

function sameCounts(generated: GeneratedOutput, counts: Map<string, number>): boolean {
  return [...generated.ranges].every(([key, range]) => counts.get(key) === range.count);
}

async function collectExtras(spec: PackSpec, extensions: PackExtensions): Promise<ExtraPart[]> {
  const wanted = extensions.partSources.filter((source) => spec.options.extraParts.includes(source.id));
  if (!wanted.length) return [];
  const context: PackPartContext = {
    documents: packDocuments(spec).flatMap(({ item, document }) =>
      document.documentId === null
        ? []
        : [{ documentId: document.documentId, title: document.title, group: item ? itemHeading(item) : 'Other papers', partKey: documentPartKey(item, document) }],
    ),
  };
  const extras: ExtraPart[] = [];
  for (const source of wanted) {
    const prepared = await source.prepare(context);
    if (prepared) extras.push({ id: source.id, title: source.title, prepared });
  }
  return extras;
}
