import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReadingPosition } from '../../../shared/annotations.ts';
import { call } from '../../lib/api.ts';

const SAVE_DELAY_MS = 800;

/**
 * Where the reader left off in this document, kept in the library: read once on opening, then saved
 * shortly after each move and at once when the document is closed.
 */
export function useReadingPosition(documentId: number): {
  stored: ReadingPosition | null | undefined;
  remember: (position: ReadingPosition) => void;
} {
  const [stored, setStored] = useState<ReadingPosition | null | undefined>(undefined);
  const pending = useRef<ReadingPosition | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let live = true;
    call('reader:position', { id: documentId }).then(
      (position) => live && setStored(position),
      // Not knowing where the reader was is no reason to keep them from reading.
      () => live && setStored(null),
    );
    return () => {
      live = false;
    };
  }, [documentId]);

  const save = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const position = pending.current;
    pending.current = null;
    if (position) void call('reader:savePosition', { id: documentId, position }).catch(() => undefined);
  }, [documentId]);

  useEffect(() => {
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('pagehide', save);
      save();
    };
  }, [save]);

  const remember = useCallback(
    (position: ReadingPosition) => {
      pending.current = position;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(save, SAVE_DELAY_MS);
    },
    [save],
  );
  return { stored, remember };
}
