/** Handlers for the library area of the contract. */
import { deleteDocument, getDocument, setDocumentExempt } from '../../db/documents.ts';
import { NotFoundError } from '../../errors.ts';
import { importSources } from '../../library/import-service.ts';
import type { HandlerContext, HandlersFor } from '../dispatch.ts';

export function libraryHandlers({ library, events }: HandlerContext): HandlersFor<'library:'> {
  const { db } = library;
  return {
    'library:list': () => library.documents.get(),
    'library:listStart': ({ count }) => {
      const documents = library.documents.get();
      return { documents: documents.slice(0, count), total: documents.length };
    },
    'library:get': ({ id }) => {
      const doc = getDocument(db, id);
      if (!doc) throw new NotFoundError(`Document ${id} is not in the library.`);
      return doc;
    },
    'library:delete': ({ id }) => ({ deleted: deleteDocument(db, id) }),
    'library:setExempt': ({ id, exempt }) => {
      if (!setDocumentExempt(db, id, exempt)) throw new NotFoundError(`Document ${id} is not in the library.`);
      return { exempt };
    },
    'library:prepareImport': async () => {
      await library.parser().warm();
      return { ready: true };
    },
    'library:import': async ({ jobId, files }) => {
      const outcomes = await importSources(
        db,
        library.parser(),
        files.map((f) => ({
          name: f.name,
          read: async () => f.data,
          ...(f.password === undefined ? {} : { password: f.password }),
        })),
        ({ done, total, outcome }) => events.emit({ type: 'import-progress', progress: { jobId, done, total, outcome } }),
      );
      library.tidySearchIndexes();
      return outcomes;
    },
  };
}
