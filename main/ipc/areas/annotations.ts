/** Handlers for the annotations area of the contract. */
import { deleteAnnotation, listAnnotations, listTags, saveAnnotation } from '../../db/annotations.ts';
import { getDocument } from '../../db/documents.ts';
import { exportAnnotations } from '../../annotations/export.ts';
import { exportableAnnotations } from '../../annotations/exportable.ts';
import type { HandlerContext, HandlersFor } from '../dispatch.ts';

export function annotationsHandlers({ library }: HandlerContext): HandlersFor<'annotations:'> {
  const { db } = library;
  return {
    'annotations:list': (filter) => listAnnotations(db, filter),
    'annotations:save': (input) => saveAnnotation(db, input),
    'annotations:delete': ({ id }) => ({ deleted: deleteAnnotation(db, id) }),
    'annotations:tags': () => listTags(db),
    'annotations:export': ({ format, filter, includeExempt = false }) => {
      const documentTitle = filter?.documentId === undefined ? null : (getDocument(db, filter.documentId)?.title ?? null);
      const title = documentTitle ? `Notes and questions: ${documentTitle}` : 'Notes and questions';
      const base = documentTitle ? `notes-${filter?.documentId}` : 'notes-and-questions';
      return { fileName: `${base}.${format}`, text: exportAnnotations(exportableAnnotations(db, filter, includeExempt), format, title) };
    },
  };
}
