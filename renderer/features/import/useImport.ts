import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ImportOutcome } from '../../../shared/domain.ts';
import { call, onEvent } from '../../lib/api.ts';
import { withoutSystemFiles, type PickedFile } from './pickedFiles.ts';
import { runImport } from './runImport.ts';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; total: number; done: number; lastFile: string | null }
  | { phase: 'finished'; outcomes: ImportOutcome[]; skipped: number };

export interface Importer {
  state: ImportState;
  /** Starts an import; answers false, and does nothing, while another is still running. */
  start: (files: PickedFile[]) => boolean;
  /** Imports one file of the last import again with a password; resolves with its new outcome. */
  retryWithPassword: (outcomeIndex: number, password: string) => Promise<ImportOutcome>;
  dismiss: () => void;
}

/** Runs imports one at a time, following main's progress events, and says when the library has changed. */
export function useImport(onLibraryChanged: () => void): Importer {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const running = useRef(false);
  // The last import's files, in outcome order: only references to them, so a password retry can read one again.
  const lastFiles = useRef<PickedFile[]>([]);
  // Where each batch's files start within the whole import, by the batch's job id.
  const batchOffsets = useRef(new Map<string, number>());
  const libraryChanged = useRef(onLibraryChanged);
  useLayoutEffect(() => {
    libraryChanged.current = onLibraryChanged;
  });

  // Progress can arrive from events and from finished batches, in either order: it only ever moves forward.
  const advance = useCallback((done: number, lastFile: string) => {
    setState((current) => (current.phase === 'running' && done > current.done ? { ...current, done, lastFile } : current));
  }, []);

  useEffect(
    () =>
      onEvent((event) => {
        if (event.type !== 'import-progress') return;
        const offset = batchOffsets.current.get(event.progress.jobId);
        if (offset !== undefined) advance(offset + event.progress.done, event.progress.outcome.file);
      }),
    [advance],
  );

  const start = useCallback(
    (picked: PickedFile[]) => {
      if (running.current) return false;
      const { files, skipped } = withoutSystemFiles(picked);
      lastFiles.current = files;
      if (files.length === 0) {
        setState({ phase: 'finished', outcomes: [], skipped });
        return true;
      }
      running.current = true;
      setState({ phase: 'running', total: files.length, done: 0, lastFile: null });
      const finish = (outcomes: ImportOutcome[]) => {
        running.current = false;
        batchOffsets.current.clear();
        setState({ phase: 'finished', outcomes, skipped });
        if (outcomes.some((outcome) => outcome.status === 'imported')) libraryChanged.current();
      };
      runImport(files, {
        send: (jobId, batch) => call('library:import', { jobId, files: batch }),
        newJobId: () => crypto.randomUUID(),
        onBatchStart: (jobId, doneBefore) => batchOffsets.current.set(jobId, doneBefore),
        onProgress: advance,
      }).then(finish, (error: unknown) => {
        // runImport reports per file and should not throw; if it does, no file may be left looking imported.
        const message = error instanceof Error ? error.message : String(error);
        finish(files.map((file) => ({ file: file.name, status: 'failed', error: `The import stopped: ${message}` })));
      });
      return true;
    },
    [advance],
  );

  const retryWithPassword = useCallback(async (outcomeIndex: number, password: string): Promise<ImportOutcome> => {
    const picked = lastFiles.current[outcomeIndex];
    if (!picked) throw new Error('That file is no longer at hand; choose it again to import it.');
    const data = new Uint8Array(await picked.file.arrayBuffer());
    const [answer] = await call('library:import', { jobId: crypto.randomUUID(), files: [{ name: picked.name, data, password }] });
    const outcome: ImportOutcome = answer ?? { file: picked.name, status: 'failed', error: 'No result came back for this file.' };
    setState((current) =>
      current.phase === 'finished'
        ? { ...current, outcomes: current.outcomes.map((earlier, index) => (index === outcomeIndex ? outcome : earlier)) }
        : current,
    );
    if (outcome.status === 'imported') libraryChanged.current();
    return outcome;
  }, []);

  const dismiss = useCallback(() => {
    if (!running.current) setState({ phase: 'idle' });
  }, []);

  return { state, start, retryWithPassword, dismiss };
}
