/** Handlers for the reader area of the contract. */
import { getReadingPosition, saveReadingPosition } from '../../db/annotations.ts';
import { getOriginalBytes } from '../../db/documents.ts';
import { NotFoundError } from '../../errors.ts';
import type { HandlerContext, HandlersFor } from '../dispatch.ts';

export function readerHandlers({ library }: HandlerContext): HandlersFor<'reader:'> {
  const { db } = library;
  return {
    'reader:original': ({ id }) => {
      const bytes = getOriginalBytes(db, id);
      if (!bytes) throw new NotFoundError(`Document ${id} is not in the library.`);
      return bytes;
    },
    'reader:position': ({ id }) => getReadingPosition(db, id),
    'reader:savePosition': ({ id, position }) => {
      saveReadingPosition(db, id, position);
      return { saved: true };
    },
  };
}
