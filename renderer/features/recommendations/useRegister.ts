import { useCallback, useEffect, useRef, useState } from 'react';
import type { RegisterEntry } from '../../../shared/recommendations.ts';
import { call } from '../../lib/api.ts';
import { userMessage } from '../../lib/errors.ts';
import { useDebouncedValue } from '../../lib/useDebouncedValue.ts';

const TYPING_PAUSE_MS = 250;

export interface Register {
  /** null until the first answer. */
  entries: RegisterEntry[] | null;
  loadError: string | null;
  /** What undo would reverse, or null. */
  lastChange: string | null;
  reload: () => Promise<void>;
}

/**
 * The register rows matching the search (asked for after a pause in typing), and what undo would do.
 * Asked for again when the library changes (a new `libraryVersion`), since an import or a deletion adds
 * or removes recommendations.
 */
export function useRegister(query: string, libraryVersion: unknown): Register {
  const settled = useDebouncedValue(query.trim(), TYPING_PAUSE_MS);
  const [entries, setEntries] = useState<RegisterEntry[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [lastChange, setLastChange] = useState<string | null>(null);
  // A slower answer to an older request must not overwrite a newer one.
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const request = ++latest.current;
    try {
      const [list, change] = await Promise.all([
        call('recommendations:list', { query: settled }),
        call('recommendations:lastChange', {}),
      ]);
      if (request !== latest.current) return;
      setEntries(list);
      setLastChange(change?.description ?? null);
      setLoadError(null);
    } catch (error) {
      if (request === latest.current) setLoadError(userMessage(error));
    }
  }, [settled]);

  useEffect(() => {
    void reload();
  }, [reload, libraryVersion]);

  return { entries, loadError, lastChange, reload };
}
