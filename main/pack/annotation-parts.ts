/**
 * "Questions to ask" and "Annotation digest": members' annotations on the pack's documents, grouped by
 * agenda item and then document in pack order, each with the pack page its passage landed on. The
 * annotations are only read: they belong to the documents (anchored to their current versions), never
 * to a pack.
 */
import type { Annotation, AnnotationTarget } from '../../shared/annotations.ts';
import { ANNOTATION_PACK_PARTS } from '../../shared/meetings.ts';
import { listAnnotations } from '../db/annotations.ts';
import type { Db } from '../db/connection.ts';
import type { PackPageLabel, PackPartContext, PackPartSource, PreparedPart } from './extensions.ts';
import type { RichBlock, TextRun } from './rich-text.ts';


/** A digest points back to the page, where the whole passage is; a paragraph-long quote would bury the notes. */
const QUOTE_LIMIT = 280;

interface AnnotationPartSpec {
  id: string;
  title: string;
  introduction: string;
  wanted: (annotation: Annotation) => boolean;
  /** The digest says what each entry is; in the questions part every entry is a question. */
  describeKind: boolean;
}

export function questionsPartSource(db: Db): PackPartSource {
  return annotationPartSource(db, {
    id: ANNOTATION_PACK_PARTS.questions,
    title: 'Questions to ask',
    introduction: 'The passages members marked as questions to ask, by agenda item, with the pack page each is on.',
    wanted: (annotation) => annotation.isQuestion,
    describeKind: false,
  });
}

export function digestPartSource(db: Db): PackPartSource {
  return annotationPartSource(db, {
    id: ANNOTATION_PACK_PARTS.annotationDigest,
    title: 'Annotation digest',
    introduction: 'Every highlight and note members made on the papers in this pack, by agenda item, with the pack page each is on.',
    wanted: () => true,
    describeKind: true,
  });
}

function annotationPartSource(db: Db, spec: AnnotationPartSpec): PackPartSource {
  return {
    id: spec.id,
    title: spec.title,
    prepare(context: PackPartContext): PreparedPart | null {
      const byDocument = new Map<number, Annotation[]>();
      for (const { documentId } of context.documents) {
        if (!byDocument.has(documentId)) byDocument.set(documentId, listAnnotations(db, { documentId }).filter(spec.wanted));
      }
      if (![...byDocument.values()].some((list) => list.length)) return null;
      return { blocks: (pageLabel) => annotationBlocks(spec, context, byDocument, pageLabel) };
    },
  };
}

function annotationBlocks(
  spec: AnnotationPartSpec,
  context: PackPartContext,
  byDocument: Map<number, Annotation[]>,
  pageLabel: PackPageLabel,
): RichBlock[] {
  const blocks: RichBlock[] = [{ type: 'paragraph', runs: [plain(spec.introduction)] }];
  let openGroup: string | null = null;
  for (const document of context.documents) {
    const annotations = byDocument.get(document.documentId) ?? [];
    if (!annotations.length) continue;
    if (document.group !== openGroup) blocks.push({ type: 'heading', level: 1, text: document.group });
    openGroup = document.group;
    blocks.push({ type: 'heading', level: 2, text: document.title });
    const placed = annotations.filter((a) => !a.orphaned);
    const orphaned = annotations.filter((a) => a.orphaned);
    for (const annotation of placed) {
      blocks.push({ type: 'paragraph', runs: entryRuns(annotation, whereOnPack(annotation.target, document.partKey, pageLabel), spec.describeKind) });
    }
    if (orphaned.length) {
      blocks.push({ type: 'heading', level: 3, text: 'Could not be placed in this version' });
      // Their passages are no longer in the document, so they have no page in this pack.
      for (const annotation of orphaned) blocks.push({ type: 'paragraph', runs: entryRuns(annotation, null, spec.describeKind) });
    }
  }
  return blocks;
}

/** "Page 12", "Page 12 (the whole page)", "The whole document", or null when the page is not in the pack. */
function whereOnPack(target: AnnotationTarget, partKey: string, pageLabel: PackPageLabel): string | null {
  if (target.type === 'document') return 'The whole document';
  const pageIndex = target.type === 'text' ? target.anchor.pageIndex : target.pageIndex;
  const label = pageLabel(partKey, pageIndex);
  if (!label) return null;
  return target.type === 'page' ? `Page ${label} (the whole page)` : `Page ${label}`;
}

function entryRuns(annotation: Annotation, where: string | null, describeKind: boolean): TextRun[] {
  const runs: TextRun[] = [];
  const lead = [where, describeKind ? kindOf(annotation) : null].filter(Boolean).join(' · ');
  if (lead) runs.push(bold(`${lead}: `));
  const quoted = annotation.target.type === 'text';
  if (annotation.target.type === 'text') runs.push(italic(`“${clip(annotation.target.anchor.quote.exact)}”`));
  const note = annotation.note.trim();
  if (note) runs.push(plain(quoted ? ` ${note}` : note));
  if (annotation.tags.length) runs.push(plain(`  Tags: ${annotation.tags.join(', ')}`));
  return runs;
}

function kindOf(annotation: Annotation): string {
  if (annotation.isQuestion) return 'Question';
  if (annotation.target.type === 'text') return `Highlight, ${annotation.colour}`;
  return 'Note';
}

function clip(quote: string): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1).trimEnd()}…` : text;
}

const plain = (text: string): TextRun => ({ text, bold: false, italic: false });
const bold = (text: string): TextRun => ({ text, bold: true, italic: false });
const italic = (text: string): TextRun => ({ text, bold: false, italic: true });
