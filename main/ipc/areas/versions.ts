/** Handlers for the versions area of the contract. */
import { replaceDocument } from '../../annotations/replace-document.ts';
import { listDocumentVersions } from '../../db/document-versions.ts';
import type { HandlerContext, HandlersFor } from '../dispatch.ts';

export function versionsHandlers({ library }: HandlerContext): HandlersFor<'versions:'> {
  return {
    'versions:replace': ({ id, file }) => replaceDocument(library.db, library.parser(), id, file),
    'versions:list': ({ id }) => listDocumentVersions(library.db, id),
  };
}
