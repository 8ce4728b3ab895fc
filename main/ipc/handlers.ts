/**
 * The handler for every contract entry, over one open library. Each area builds its own handlers in
 * main/ipc/areas/; joining them into `Handlers` makes a missing one a compile error.
 */
import type { AppEvents } from '../events.ts';
import type { Library } from '../library/library.ts';
import { annotationsHandlers } from './areas/annotations.ts';
import { backupHandlers } from './areas/backup.ts';
import { libraryHandlers } from './areas/library.ts';
import { meetingsHandlers } from './areas/meetings.ts';
import { packsHandlers } from './areas/packs.ts';
import { readerHandlers } from './areas/reader.ts';
import { recommendationsHandlers } from './areas/recommendations.ts';
import { searchHandlers } from './areas/search.ts';
import { settingsHandlers } from './areas/settings.ts';
import { versionsHandlers } from './areas/versions.ts';
import type { Handlers } from './dispatch.ts';

export function createHandlers(library: Library, events: AppEvents): Handlers {
  const context = { library, events };
  return {
    ...libraryHandlers(context),
    ...meetingsHandlers(context),
    ...packsHandlers(context),
    ...searchHandlers(context),
    ...annotationsHandlers(context),
    ...readerHandlers(context),
    ...versionsHandlers(context),
    ...backupHandlers(context),
    ...recommendationsHandlers(context),
    ...settingsHandlers(context),
  };
}
