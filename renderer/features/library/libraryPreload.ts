/**
 * The library list asked for before the interface is drawn. With a large library the list is the slowest
 * part of start-up, so the request is sent first and runs while the rest of the interface loads and mounts;
 * the library's first load then takes this answer.
 */
import type { DocumentSummary } from '../../../shared/domain.ts';
import { call } from '../../lib/api.ts';

let preloaded: Promise<DocumentSummary[]> | null = null;

export function preloadLibrary(): void {
  preloaded = call('library:list', {});
  // A failure is reported by the load that takes this request, not as an unhandled rejection before it.
  preloaded.catch(() => undefined);
}

/** The preloaded request the first time, a new one after that. */
export function libraryListRequest(): Promise<DocumentSummary[]> {
  const request = preloaded ?? call('library:list', {});
  preloaded = null;
  return request;
}
