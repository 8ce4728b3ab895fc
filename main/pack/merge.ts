/**
 * Puts the pack together with pdf-lib: generated pages copied with their structure tree, original pages
 * copied as they are (content streams are never decoded or retyped) and placed on A4 inside the header
 * and footer bands, so the stamped number never covers a word of the original.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFObjectCopier,
  PDFPage,
  PDFPageLeaf,
  PDFRef,
  type PDFContext,
  type PDFObject,
} from 'pdf-lib';
import { UserError } from '../errors.ts';
import type { PlacePoint } from './extensions.ts';
import { A4, BAND } from './page-geometry.ts';
import type { PackDocument } from './pack-spec.ts';
import type { PlannedPage } from './plan.ts';

/** Side margin kept around an original page placed on A4. */
const SIDE = 20;

export interface AssembledPack {
  doc: PDFDocument;
  /** One per planned page, in order. */
  pages: PDFPage[];
  /** For original pages: where a point of the source page lands. Null for generated pages. */
  placements: (PlacePoint | null)[];
}

/** Loads an original PDF, refusing with the file's name what cannot go into a pack. */
export async function loadOriginal(document: PackDocument): Promise<PDFDocument> {
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(document.pdf!, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  } catch (error) {
    throw new UserError(`“${document.title}” (${document.fileName}) cannot be read as a PDF: ${(error as Error).message}`);
  }
  if (pdf.isEncrypted) {
    throw new UserError(`“${document.title}” (${document.fileName}) is encrypted; ask for an unprotected copy to put it in a pack.`);
  }
  if (pdf.getPageCount() === 0) throw new UserError(`“${document.title}” (${document.fileName}) has no pages.`);
  return pdf;
}

export async function assemblePack(
  plan: PlannedPage[],
  generated: { pdf: PDFDocument; ranges: Map<string, { first: number; count: number }> },
  originals: Map<string, PDFDocument>,
): Promise<AssembledPack> {
  const out = await PDFDocument.create({ updateMetadata: false });
  const generatedCopier = PDFObjectCopier.for(generated.pdf.context, out.context);
  // One copier per document part: a document used twice is copied twice, as a page object may sit in
  // the page tree once only.
  const originalCopiers = new Map<string, PDFObjectCopier>();
  const pages: PDFPage[] = [];
  const placements: (PlacePoint | null)[] = [];

  for (const planned of plan) {
    const { part } = planned;
    if (part.content.kind === 'original') {
      const source = originals.get(part.content.document.key)!;
      let copier = originalCopiers.get(part.key);
      if (!copier) originalCopiers.set(part.key, (copier = PDFObjectCopier.for(source.context, out.context)));
      const { page, place } = copyOriginalPage(out, copier, source.getPage(planned.pageInPart));
      pages.push(page);
      placements.push(place);
    } else {
      const range = generated.ranges.get(part.key)!;
      const sourceRef = generated.pdf.getPage(range.first + planned.pageInPart).ref;
      // Copying by reference keeps the copier's map from old to new page refs, which the structure tree needs.
      const ref = generatedCopier.copy(sourceRef) as PDFRef;
      const page = PDFPage.of(out.context.lookup(ref) as PDFPageLeaf, ref, out);
      out.addPage(page);
      pages.push(page);
      placements.push(null);
    }
  }
  carryStructureTree(generated.pdf, out, generatedCopier);
  return { doc: out, pages, placements };
}

/** The generated pages' tags (headings, paragraphs, lists, tables) go into the pack's catalog. */
function carryStructureTree(source: PDFDocument, out: PDFDocument, copier: PDFObjectCopier): void {
  const root = source.catalog.get(PDFName.of('StructTreeRoot'));
  if (!root) return;
  out.catalog.set(PDFName.of('StructTreeRoot'), copier.copy(root));
  out.catalog.set(PDFName.of('MarkInfo'), out.context.obj({ Marked: true }));
}

/** Entries of an original page that refer back into its own file or mean nothing in the pack. */
const DROPPED_PAGE_KEYS = [
  'Annots',
  'StructParents',
  'Tabs',
  'B',
  'Thumb',
  'AA',
  'PieceInfo',
  'Metadata',
  'Trans',
  'Dur',
  'CropBox',
  'BleedBox',
  'TrimBox',
  'ArtBox',
  'Rotate',
];

function copyOriginalPage(out: PDFDocument, copier: PDFObjectCopier, source: PDFPage): { page: PDFPage; place: PlacePoint } {
  const crop = source.getCropBox();
  const rotation = (((source.getRotation().angle % 360) + 360) % 360) as 0 | 90 | 180 | 270;
  const webLinks = collectWebLinks(source);

  const trimmed = source.node.clone() as PDFPageLeaf;
  for (const key of DROPPED_PAGE_KEYS) trimmed.delete(PDFName.of(key));
  const copied = copier.copy(trimmed) as PDFPageLeaf;
  // Copying a page brings back what it inherits from its page tree (a /Rotate or /CropBox set for the
  // whole file), which would turn or cut the pack page a second time; it goes again.
  for (const key of DROPPED_PAGE_KEYS) copied.delete(PDFName.of(key));
  const ref = out.context.register(copied);
  const page = PDFPage.of(copied, ref, out);
  out.addPage(page);

  const turned = rotation === 90 || rotation === 270;
  const shownWidth = turned ? crop.height : crop.width;
  const shownHeight = turned ? crop.width : crop.height;
  // Landscape originals stay landscape: A4 turned on its side.
  const landscape = shownWidth > shownHeight;
  const width = landscape ? A4.height : A4.width;
  const height = landscape ? A4.width : A4.height;
  const scale = Math.min(1, (width - 2 * SIDE) / shownWidth, (height - 2 * BAND) / shownHeight);
  const tx = (width - scale * shownWidth) / 2;
  const ty = BAND + (height - 2 * BAND - scale * shownHeight) / 2;

  const place: PlacePoint = (x, y) => {
    const u = x - crop.x;
    const v = y - crop.y;
    const [rx, ry] =
      rotation === 90 ? [v, crop.width - u] : rotation === 180 ? [crop.width - u, crop.height - v] : rotation === 270 ? [crop.height - v, u] : [u, v];
    return [tx + scale * rx, ty + scale * ry];
  };
  const [e, f] = place(0, 0);
  const [ax, ay] = place(1, 0);
  const [cx, cy] = place(0, 1);
  const matrix = [ax - e, ay - f, cx - e, cy - f, e, f].map(num).join(' ');
  const clip = [tx, ty, scale * shownWidth, scale * shownHeight].map(num).join(' ');

  page.setMediaBox(0, 0, width, height);
  // Clip to what the original showed, then draw it scaled and turned upright; the stamp follows after Q.
  wrapContents(out.context, copied, `q ${clip} re W n ${matrix} cm\n`);
  if (webLinks.length) {
    const annots = webLinks.map((link) => {
      const annot = copier.copy(link.dict) as PDFDict;
      const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = link.rect;
      const corners = [place(x1, y1), place(x2, y2)];
      annot.set(
        PDFName.of('Rect'),
        out.context.obj([
          Math.min(corners[0]![0], corners[1]![0]),
          Math.min(corners[0]![1], corners[1]![1]),
          Math.max(corners[0]![0], corners[1]![0]),
          Math.max(corners[0]![1], corners[1]![1]),
        ]),
      );
      return out.context.register(annot);
    });
    copied.set(PDFName.of('Annots'), out.context.obj(annots));
  }
  return { page, place };
}

/** Web links (URI actions) are kept; links into the original file and other annotations are not. */
function collectWebLinks(source: PDFPage): { dict: PDFDict; rect: number[] }[] {
  const annots = source.node.Annots();
  if (!annots) return [];
  const links: { dict: PDFDict; rect: number[] }[] = [];
  for (let i = 0; i < annots.size(); i++) {
    const annot = annots.lookupMaybe(i, PDFDict);
    if (!annot || annot.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
    const action = annot.lookupMaybe(PDFName.of('A'), PDFDict);
    if (!action || action.get(PDFName.of('S')) !== PDFName.of('URI')) continue;
    const rect = annot.lookupMaybe(PDFName.of('Rect'), PDFArray);
    if (!rect || rect.size() !== 4) continue;
    const numbers = rect.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : NaN));
    if (numbers.some(Number.isNaN)) continue;
    const clean = annot.clone();
    for (const key of ['P', 'Parent', 'Popup', 'StructParent']) clean.delete(PDFName.of(key));
    links.push({ dict: clean, rect: numbers });
  }
  return links;
}

/**
 * Puts the page's own content between "q …" and "Q", so whatever state it leaves (pdfkit flips the
 * y axis and never restores it) cannot reach what is drawn after it.
 */
export function wrapContents(context: PDFContext, node: PDFPageLeaf, before: string): void {
  const contents = node.get(PDFName.of('Contents'));
  const existing: PDFObject[] = [];
  const resolved = contents instanceof PDFRef ? context.lookup(contents) : contents;
  if (resolved instanceof PDFArray) existing.push(...resolved.asArray());
  else if (contents) existing.push(contents);
  const start = context.register(context.stream(before));
  const end = context.register(context.stream('\nQ\n'));
  node.set(PDFName.of('Contents'), context.obj([start, ...existing, end]));
}

function num(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(4).replace(/0+$/, '');
}
