/**
 * The handler for every contract entry, over one open library. Each area builds its own handlers in
 * main/ipc/areas/; joining them into `Handlers` makes a missing one a compile error.
 */
import type { AppEvents } from '../events.ts';
import type { Library } from '../library/library.ts';
import { libraryHandlers } from './areas/library.ts';
import { searchHandlers } from './areas/search.ts';
import type { Handlers } from './dispatch.ts';

export function createHandlers(library: Library, events: AppEvents): Handlers {
  const context = { library, events };
  return {
    ...libraryHandlers(context),
    ...searchHandlers(context),
  };
}
