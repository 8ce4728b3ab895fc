/**
 * The library list, kept from one call to the next while the library is unchanged. The interface asks for
 * it first thing on every start and after every change, and listing 10,000 documents costs tens of
 * milliseconds; a list made ready while the window loads lets the first rows appear sooner.
 *
 * "Unchanged" is read from SQLite itself rather than from the app's own notion of what changed, so no
 * path that writes can leave the list stale: total_changes() counts every row this connection has
 * inserted, updated or deleted (triggers included), and data_version moves whenever another connection
 * commits (a restore, the CLI importing into the same library).
 */
import type { DocumentSummary } from '../../shared/domain.ts';
import type { Db } from '../db/connection.ts';
import { listDocuments } from '../db/documents.ts';

export interface DocumentList {
  get(): DocumentSummary[];
  /** Makes the list ready when the process is next idle, e.g. while the interface is loading. */
  prepare(): void;
}

export function cachedDocumentList(db: Db): DocumentList {
  const changes = db.prepare('SELECT total_changes()').pluck();
  let cached: { state: string; list: DocumentSummary[] } | null = null;
  const state = () => `${db.pragma('data_version', { simple: true }) as number}:${changes.get() as number}`;
  const get = () => {
    const now = state();
    if (cached?.state !== now) cached = { state: now, list: listDocuments(db) };
    return cached.list;
  };
  return {
    get,
    prepare() {
      setImmediate(() => {
        if (db.open) get();
      });
    },
  };
}
