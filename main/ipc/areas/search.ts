/** Handlers for the search area of the contract. */
import { searchLibrary } from '../../db/search.ts';
import type { HandlerContext, HandlersFor } from '../dispatch.ts';

export function searchHandlers({ library }: HandlerContext): HandlersFor<'search:'> {
  return {
    'search:query': ({ query, limit }) => searchLibrary(library.db, query, limit),
  };
}
