/**
 * Which notes go into an export. Notes on exempt (Part 2) papers can quote confidential text, and an
 * export is made to be shared, so they stay out unless the person asks for them.
 */
import type { AnnotationFilter, LibraryAnnotation } from '../../shared/annotations.ts';
import { listAnnotations } from '../db/annotations.ts';
import type { Db } from '../db/connection.ts';
import { exemptDocumentIds } from '../db/documents.ts';
import { UserError } from '../errors.ts';

export function exportableAnnotations(db: Db, filter: AnnotationFilter | undefined, includeExempt: boolean): LibraryAnnotation[] {
  const annotations = listAnnotations(db, filter);
  if (includeExempt) return annotations;
  const exempt = exemptDocumentIds(db);
  // Asking for one exempt paper's notes and getting an empty file would look like lost notes: say why.
  if (filter?.documentId !== undefined && exempt.has(filter.documentId)) {
    throw new UserError(
      `Document ${filter.documentId} is exempt (Part 2, not for publication), so its notes are exported only when exempt papers are included.`,
    );
  }
  return annotations.filter((annotation) => !exempt.has(annotation.documentId));
}
