import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { collectDroppedFiles } from './droppedFiles.ts';
import type { PickedFile } from './pickedFiles.ts';
import { prepareImport } from './prepareImport.ts';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Accepts files dragged anywhere onto the window and answers whether a drag is over it now (to show the
 * drop overlay). Dragging text or links inside the app is left alone.
 */
export function useWindowFileDrop(onDrop: (files: PickedFile[]) => void, onError: (error: unknown) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const handlers = useRef({ onDrop, onError });
  useLayoutEffect(() => {
    handlers.current = { onDrop, onError };
  });

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed; counting them tells when the window is left.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (depth === 0) prepareImport();
      depth += 1;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the drop would not be allowed, and the browser would open the file instead.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      collectDroppedFiles(event.dataTransfer).then(
        (files) => {
          if (files.length > 0) handlers.current.onDrop(files);
        },
        (error: unknown) => handlers.current.onError(error),
      );
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return dragging;
}
