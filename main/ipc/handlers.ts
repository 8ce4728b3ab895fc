/** The handler for every contract entry, over one open library. Inputs arrive already validated. */
import { deleteDocument, getDocument, listDocuments } from '../db/documents.ts';
import { searchLibrary } from '../db/search.ts';
import { NotFoundError } from '../errors.ts';
import type { AppEvents } from '../events.ts';
import { importSources } from '../library/import-service.ts';
import type { Library } from '../library/library.ts';
import type { Handlers } from './dispatch.ts';

export function createHandlers(library: Library, events: AppEvents): Handlers {
  const { db } = library;
  return {
    'library:list': () => listDocuments(db),
    'library:get': ({ id }) => {
      const doc = getDocument(db, id);
      if (!doc) throw new NotFoundError(`Document ${id} is not in the library.`);
      return doc;
    },
    'library:delete': ({ id }) => ({ deleted: deleteDocument(db, id) }),
    'library:import': ({ jobId, files }) =>
      importSources(
        db,
        library.parser(),
        files.map((f) => ({ name: f.name, read: async () => f.data })),
        ({ done, total, outcome }) => events.emit({ type: 'import-progress', progress: { jobId, done, total, outcome } }),
      ),
    'search:query': ({ query, limit }) => searchLibrary(db, query, limit),
  };
}
