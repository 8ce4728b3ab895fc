import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../shared/domain.ts';
import { userMessage } from '../../lib/errors.ts';
import { arrivedLibrary, forgetPreloadedLibrary, libraryListRequest } from './libraryPreload.ts';

export interface Library {
  /** null until the first list has arrived. */
  documents: DocumentSummary[] | null;
  loadError: string | null;
  reload: () => Promise<void>;
}

/** The library's document list, loaded on start and again whenever something changes it. */
export function useLibrary(): Library {
  // Read once, on the first render: a list already here needs no request and no second render.
  const [startedWith] = useState(arrivedLibrary);
  const [documents, setDocuments] = useState<DocumentSummary[] | null>(startedWith);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Two reloads in quick succession (e.g. an import finishing during a delete) must not end on the older list.
  const latestRequest = useRef(0);

  const reload = useCallback(async () => {
    const request = ++latestRequest.current;
    try {
      const list = await libraryListRequest();
      if (request !== latestRequest.current) return;
      setDocuments(list);
      setLoadError(null);
    } catch (error) {
      if (request !== latestRequest.current) return;
      setLoadError(userMessage(error));
    }
  }, []);

  useEffect(() => {
    if (startedWith === null) void reload();
    else forgetPreloadedLibrary();
  }, [reload, startedWith]);

  return { documents, loadError, reload };
}
