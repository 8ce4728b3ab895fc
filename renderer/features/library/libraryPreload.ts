/**
 * The library list asked for before the interface is drawn. With a large library the list is the slowest
 * part of start-up, so the request is sent first and runs while the rest of the interface loads; if it has
 * arrived by the time the library mounts, the library starts with it and draws its rows in its first render.
 */
import type { DocumentSummary } from '../../../shared/domain.ts';
import { call } from '../../lib/api.ts';

let preloaded: Promise<DocumentSummary[]> | null = null;
let arrived: DocumentSummary[] | null = null;

export function preloadLibrary(): void {
  const request = call('library:list', {});
  preloaded = request;
  request.then(
    (list) => {
      if (preloaded === request) arrived = list;
    },
    // A failure is reported by the load that takes this request, not as an unhandled rejection before it.
    () => undefined,
  );
}

/** The preloaded list if it has already arrived, else null. */
export function arrivedLibrary(): DocumentSummary[] | null {
  return arrived;
}

/** Drops the preloaded list once it has been used, so the next load asks again. */
export function forgetPreloadedLibrary(): void {
  preloaded = null;
  arrived = null;
}

/** The preloaded request the first time, a new one after that. */
export function libraryListRequest(): Promise<DocumentSummary[]> {
  const request = preloaded ?? call('library:list', {});
  forgetPreloadedLibrary();
  return request;
}
