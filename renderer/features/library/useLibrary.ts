import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../shared/domain.ts';
import { call } from '../../lib/api.ts';
import { userMessage } from '../../lib/errors.ts';
import { arrivedLibraryStart, forgetLibraryStart, libraryStartRequest, type LibraryStart } from './libraryPreload.ts';

export interface Library {
  /** null until the first whole list has arrived. */
  documents: DocumentSummary[] | null;
  /** The first rows and the library's size, while the first whole list is on its way; null otherwise. */
  start: LibraryStart | null;
  loadError: string | null;
  reload: () => Promise<void>;
}

/** The library's document list, loaded on start and again whenever something changes it. */
export function useLibrary(): Library {
  const [documents, setDocuments] = useState<DocumentSummary[] | null>(null);
  // A start of the list that arrived before the interface mounted is drawn in the very first render.
  const [start, setStart] = useState(arrivedLibraryStart);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Two reloads in quick succession (e.g. an import finishing during a delete) must not end on the older list.
  const latestRequest = useRef(0);

  const reload = useCallback(async () => {
    const request = ++latestRequest.current;
    try {
      const list = await call('library:list', {});
      if (request !== latestRequest.current) return;
      setDocuments(list);
      setLoadError(null);
      forgetLibraryStart();
    } catch (error) {
      if (request !== latestRequest.current) return;
      setLoadError(userMessage(error));
    }
  }, []);

  useEffect(() => {
    let mounted = true;
    libraryStartRequest()?.then(
      (first) => {
        if (mounted) setStart((current) => current ?? first);
      },
      () => undefined,
    );
    void reload();
    return () => {
      mounted = false;
    };
  }, [reload]);

  return { documents, start: documents === null ? start : null, loadError, reload };
}
