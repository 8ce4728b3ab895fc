/**
 * The parts of a pack in order, from its spec: cover, changes, contents, agenda, then per agenda item
 * its briefing note, reports and articles, then other papers, the recommendations table and parts
 * contributed by other features. PDFs go in as their original pages; everything else is typeset.
 */
import type { PreparedPart } from './extensions.ts';
import type { PackDocument, PackItem, PackSpec } from './pack-spec.ts';

export type PartContent =
  | { kind: 'cover' }
  | { kind: 'changes' }
  | { kind: 'contents' }
  | { kind: 'agenda' }
  | { kind: 'note'; item: PackItem }
  | { kind: 'original'; document: PackDocument }
  | { kind: 'typeset'; document: PackDocument }
  | { kind: 'recommendations' }
  | { kind: 'extra'; id: string; blocks: PreparedPart['blocks'] };

export interface PackPart {
  /** Stable across editions; every page key starts with it. */
  key: string;
  /** As listed in the contents and bookmarks. */
  title: string;
  /** The agenda item it belongs to, if any. */
  item: PackItem | null;
  /** "Other papers" for meeting documents tied to no item. */
  group: 'front' | 'item' | 'other' | 'back';
  /** Running header of its pages. */
  header: string;
  content: PartContent;
}

export interface ExtraPart {
  id: string;
  title: string;
  prepared: PreparedPart;
}

export function itemHeading(item: PackItem): string {
  return item.number ? `Item ${item.number}: ${item.title}` : item.title;
}

/** Key of the part holding a document's pages: "item-10/d17", or "other/d17" for papers tied to no item. */
export function documentPartKey(item: PackItem | null, document: PackDocument): string {
  return item ? `item-${item.key}/${document.key}` : `other/${document.key}`;
}

function documentParts(documents: PackDocument[], spec: PackSpec, item: PackItem | null, header: string): PackPart[] {
  return documents
    .filter((d) => (d.role === 'report' ? spec.options.reports : spec.options.articles))
    .map((document) => ({
      key: documentPartKey(item, document),
      title: document.role === 'article' ? `Background: ${document.title}` : document.title,
      item,
      group: item ? ('item' as const) : ('other' as const),
      header,
      content: document.pdf ? { kind: 'original' as const, document } : { kind: 'typeset' as const, document },
    }));
}

export function listParts(spec: PackSpec, extras: ExtraPart[], withChanges: boolean): PackPart[] {
  const { options } = spec;
  const parts: PackPart[] = [];
  const front = (key: string, title: string, content: PartContent) =>
    parts.push({ key, title, item: null, group: 'front', header: title, content });

  if (options.cover) front('cover', 'Cover', { kind: 'cover' });
  if (withChanges) front('changes', 'Changes in this edition', { kind: 'changes' });
  if (options.contents) front('contents', 'Contents', { kind: 'contents' });
  if (options.agenda && spec.items.length) front('agenda', 'Agenda', { kind: 'agenda' });

  for (const item of spec.items) {
    const header = itemHeading(item);
    if (options.notes && item.note.trim()) {
      parts.push({ key: `item-${item.key}/note`, title: 'Briefing note', item, group: 'item', header, content: { kind: 'note', item } });
    }
    parts.push(...documentParts(item.documents, spec, item, header));
  }
  parts.push(...documentParts(spec.otherDocuments, spec, null, 'Other papers'));

  const back = (key: string, title: string, content: PartContent) =>
    parts.push({ key, title, item: null, group: 'back', header: title, content });
  if (options.recommendations && packRecommendationCount(spec) > 0) {
    back('recommendations', 'Recommendations', { kind: 'recommendations' });
  }
  for (const extra of extras) {
    back(`extra-${extra.id}`, extra.title, { kind: 'extra', id: extra.id, blocks: (label) => extra.prepared.blocks(label) });
  }
  return parts;
}

/** The documents whose recommendations the table lists: every included document, in pack order. */
export function packDocuments(spec: PackSpec): { item: PackItem | null; document: PackDocument }[] {
  return [
    ...spec.items.flatMap((item) => item.documents.map((document) => ({ item, document }))),
    ...spec.otherDocuments.map((document) => ({ item: null, document })),
  ];
}

function packRecommendationCount(spec: PackSpec): number {
  return packDocuments(spec).reduce((n, { document }) => n + document.recommendations.length, 0);
}
