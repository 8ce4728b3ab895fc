/**
 * "Print what you need": a new PDF holding only some pages of a built pack (one agenda item, a range of
 * printed page numbers, or pages chosen by another feature, such as the pages a member annotated). The
 * pages keep their stamps, so a printed extract still carries the pack's numbers.
 */
import { PDFDocument } from 'pdf-lib';
import type { PackSelection } from '../../shared/meetings.ts';
import { UserError } from '../errors.ts';
import type { PlannedPage } from './plan.ts';

export interface SelectablePage {
  packIndex: number;
  label: string;
  agendaItemId: number | null;
  documentId: number | null;
  sourcePageIndex: number | null;
}

/** Where a planned page came from: what an edition records of each page, and what selections choose by. */
export function pageOrigin(page: PlannedPage): Omit<SelectablePage, 'packIndex' | 'label'> {
  const { content } = page.part;
  const document = content.kind === 'original' || content.kind === 'typeset' ? content.document : null;
  return {
    agendaItemId: page.part.item?.agendaItemId ?? null,
    documentId: document?.documentId ?? null,
    sourcePageIndex: content.kind === 'original' ? page.pageInPart : null,
  };
}

export function selectablePages(plan: PlannedPage[]): SelectablePage[] {
  return plan.map((page, packIndex) => ({ packIndex, label: page.label, ...pageOrigin(page) }));
}

/** Annotated pages are chosen by a predicate from the annotations feature (annotated-pages.ts), not here. */
export type PageSelection = Exclude<PackSelection, { kind: 'annotated' }>;

/** Picks pages by selection, or by a predicate another feature supplies. */
export function chooseIndices(pages: SelectablePage[], selection: PageSelection | ((page: SelectablePage) => boolean)): number[] {
  if (typeof selection === 'function') return pages.filter(selection).map((p) => p.packIndex);
  switch (selection.kind) {
    case 'all':
      return pages.map((p) => p.packIndex);
    case 'item':
      return pages.filter((p) => p.agendaItemId === selection.agendaItemId).map((p) => p.packIndex);
    case 'range': {
      const from = pages.findIndex((p) => p.label === selection.from);
      const to = pages.findIndex((p) => p.label === selection.to);
      if (from < 0) throw new UserError(`There is no page ${selection.from} in this pack.`);
      if (to < 0) throw new UserError(`There is no page ${selection.to} in this pack.`);
      if (to < from) throw new UserError(`Page ${selection.to} comes before page ${selection.from}.`);
      return pages.slice(from, to + 1).map((p) => p.packIndex);
    }
  }
}

export async function selectPages(
  packBytes: Uint8Array,
  pages: SelectablePage[],
  selection: PageSelection | ((page: SelectablePage) => boolean),
): Promise<Uint8Array> {
  const indices = chooseIndices(pages, selection);
  if (!indices.length) throw new UserError('No pages of the pack match that choice.');
  const source = await PDFDocument.load(packBytes, { updateMetadata: false });
  const out = await PDFDocument.create();
  const copied = await out.copyPages(source, indices);
  copied.forEach((page) => out.addPage(page));
  out.setTitle(`${source.getTitle() ?? 'Briefing pack'} (extract)`, { showInWindowTitleBar: true });
  out.setLanguage('en-GB');
  return out.save();
}
