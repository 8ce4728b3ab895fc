/**
 * The first screenful of the library, asked for before the interface is drawn. The request goes while
 * the rest of the interface loads, so the library can draw its first rows in its first render. The whole
 * list is asked for once the library is on screen (useLibrary): with 10,000 papers it is 3 MB, and reading
 * it while the interface was starting delayed the first rows more than anything else.
 */
import type { DocumentSummary } from '../../../shared/domain.ts';
import { call } from '../../lib/api.ts';

export interface LibraryStart {
  documents: DocumentSummary[];
  total: number;
}

/** More rows than the tallest window shows; the table draws only those on screen anyway. */
const FIRST_SCREEN_ROWS = 60;

let startRequest: Promise<LibraryStart> | null = null;
let arrivedStart: LibraryStart | null = null;

export function preloadLibraryStart(): void {
  const request = call('library:listStart', { count: FIRST_SCREEN_ROWS });
  startRequest = request;
  request.then(
    (start) => {
      if (startRequest === request) arrivedStart = start;
    },
    // Only a head start: the whole list, asked for next, reports any problem.
    () => undefined,
  );
}

/** The start of the list if it has arrived and not yet been replaced by the whole list, else null. */
export function arrivedLibraryStart(): LibraryStart | null {
  return arrivedStart;
}

/** The request for the start of the list, until the whole list has been loaded. */
export function libraryStartRequest(): Promise<LibraryStart> | null {
  return startRequest;
}

/** Called once the whole list is loaded: the start is not needed again. */
export function forgetLibraryStart(): void {
  startRequest = null;
  arrivedStart = null;
}
