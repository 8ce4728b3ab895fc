/**
 * A document's annotations as the reader edits them. Every change shows at once, is written to the
 * pending journal at once, and is saved to the library after half a second without further changes
 * (sooner when the window is hidden or closed). Undo and redo step through the edits.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Annotation, AnnotationColour, AnnotationTarget } from '../../../shared/annotations.ts';
import { call } from '../../lib/api.ts';
import { userMessage } from '../../lib/errors.ts';
import { byPosition } from './annotationOrder.ts';
import { newAnnotationId } from './newAnnotationId.ts';
import { editId, journalEdit, pendingEditsFor, settleEdit, type PendingEdit } from './pendingJournal.ts';
import { emptyHistory, record, takeRedo, takeUndo, type History, type HistoryStep } from './undoHistory.ts';

export const SAVE_DELAY_MS = 500;

export type SaveState = 'saved' | 'saving' | 'failed';

export type AnnotationPatch = Partial<Pick<Annotation, 'colour' | 'note' | 'isQuestion' | 'tags' | 'target' | 'orphaned'>>;

export interface NewAnnotation {
  target: AnnotationTarget;
  colour?: AnnotationColour;
  note?: string;
  isQuestion?: boolean;
}

export interface AnnotationStore {
  annotations: Annotation[];
  loadError: string | null;
  saveState: SaveState;
  saveError: string | null;
  create(fields: NewAnnotation): Annotation;
  /** `typing` joins consecutive note edits into one undo step; `quiet` keeps the edit out of undo (e.g. recomputed rectangles). */
  update(id: string, patch: AnnotationPatch, how?: { typing?: boolean; quiet?: boolean }): void;
  remove(id: string): void;
  /** Sends every waiting edit now; resolves once the library has answered them all. */
  settle(): Promise<void>;
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
}

function sorted(list: Annotation[]): Annotation[] {
  return [...list].sort(byPosition);
}

export function useAnnotations(documentId: number, storage: Storage = window.localStorage): AnnotationStore {
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [history, setHistory] = useState<History>(emptyHistory);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<string | null>(null);
  // Annotations whose latest save failed; they stay in the journal and go again with their next edit.
  const failed = useRef(new Set<string>());
  const current = useRef<Annotation[]>([]);
  const pending = useRef(new Map<string, { edit: PendingEdit; timer: ReturnType<typeof setTimeout> | null }>());
  const inFlight = useRef(new Map<string, Promise<void>>());
  const historyRef = useRef(history);
  historyRef.current = history;

  const show = useCallback((next: Annotation[]) => {
    current.current = sorted(next);
    setAnnotations(current.current);
  }, []);

  const send = useCallback(
    (id: string) => {
      const entry = pending.current.get(id);
      if (!entry) return;
      if (entry.timer) clearTimeout(entry.timer);
      pending.current.delete(id);
      const { edit } = entry;
      setSaveState('saving');
      // Saves of one annotation go one after another, so an older one never lands after a newer one.
      const previous = inFlight.current.get(id) ?? Promise.resolve();
      const done = previous
        .then(async () => {
          if (edit.kind === 'save') await call('annotations:save', edit.annotation);
          else await call('annotations:delete', { id: edit.id });
        })
        .then(
          () => {
            settleEdit(storage, edit);
            failed.current.delete(id);
            // Another note saving does not make an earlier failure good: the message stays until none is left.
            if (failed.current.size === 0) setSaveError(null);
          },
          (error: unknown) => {
            failed.current.add(id);
            setSaveError(`Your last change is kept on this computer but could not be saved yet: ${userMessage(error)}`);
            setSaveState('failed');
          },
        )
        .finally(() => {
          if (inFlight.current.get(id) === done) inFlight.current.delete(id);
          if (pending.current.size === 0 && inFlight.current.size === 0) setSaveState(failed.current.size > 0 ? 'failed' : 'saved');
        });
      inFlight.current.set(id, done);
    },
    [storage],
  );

  const flush = useCallback(() => {
    for (const id of [...pending.current.keys()]) send(id);
  }, [send]);

  /**
   * Sends every waiting edit now and resolves once the library has answered them all. Replacing the paper
   * with a new version waits for this: a save arriving after the replace would put back the old text's
   * positions over the re-anchored ones.
   */
  const settle = useCallback(async () => {
    flush();
    await Promise.all([...inFlight.current.values()]);
  }, [flush]);

  const schedule = useCallback(
    (edit: PendingEdit) => {
      journalEdit(storage, edit);
      const id = editId(edit);
      const existing = pending.current.get(id);
      if (existing?.timer) clearTimeout(existing.timer);
      pending.current.set(id, { edit, timer: setTimeout(() => send(id), SAVE_DELAY_MS) });
      setSaveState('saving');
    },
    [send, storage],
  );

  /** Puts one annotation into the state it should have (null: gone) and queues the save. */
  const apply = useCallback(
    (id: string, next: Annotation | null) => {
      const others = current.current.filter((a) => a.id !== id);
      show(next ? [...others, next] : others);
      schedule(next ? { kind: 'save', annotation: next } : { kind: 'delete', id, documentId });
    },
    [documentId, schedule, show],
  );

  useEffect(() => {
    let live = true;
    call('annotations:list', { documentId }).then(
      (stored) => {
        if (!live) return;
        let list: Annotation[] = stored.map(({ documentTitle: _title, ...a }) => a);
        // Edits that never reached the library (the window closed, the app crashed) win over what it holds.
        const replay = pendingEditsFor(storage, documentId);
        for (const edit of replay) {
          list = list.filter((a) => a.id !== editId(edit));
          if (edit.kind === 'save') list.push(edit.annotation);
        }
        show(list);
        for (const edit of replay) schedule(edit);
      },
      (error: unknown) => live && setLoadError(userMessage(error)),
    );
    return () => {
      live = false;
    };
  }, [documentId, schedule, show, storage]);

  // Closing the window, switching away or leaving the document saves at once.
  useEffect(() => {
    const onHide = () => flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [flush]);

  const step = useCallback(
    (s: HistoryStep) => setHistory((h) => record(h, s)),
    [],
  );

  const create = useCallback(
    (fields: NewAnnotation): Annotation => {
      const now = new Date().toISOString();
      const annotation: Annotation = {
        id: newAnnotationId(),
        documentId,
        target: fields.target,
        colour: fields.colour ?? 'yellow',
        note: fields.note ?? '',
        isQuestion: fields.isQuestion ?? false,
        tags: [],
        orphaned: false,
        createdAt: now,
        updatedAt: now,
      };
      apply(annotation.id, annotation);
      step({ before: null, after: annotation });
      return annotation;
    },
    [apply, documentId, step],
  );

  const update = useCallback(
    (id: string, patch: AnnotationPatch, how: { typing?: boolean; quiet?: boolean } = {}) => {
      const before = current.current.find((a) => a.id === id);
      if (!before) return;
      const after: Annotation = { ...before, ...patch, updatedAt: new Date().toISOString() };
      apply(id, after);
      if (!how.quiet) step({ before, after, ...(how.typing ? { typingIn: id } : {}) });
    },
    [apply, step],
  );

  const remove = useCallback(
    (id: string) => {
      const before = current.current.find((a) => a.id === id);
      if (!before) return;
      apply(id, null);
      step({ before, after: null });
    },
    [apply, step],
  );

  const undo = useCallback(() => {
    const taken = takeUndo(historyRef.current);
    if (!taken) return;
    const { step: s } = taken;
    apply((s.before ?? s.after)?.id as string, s.before);
    setHistory(taken.history);
  }, [apply]);

  const redo = useCallback(() => {
    const taken = takeRedo(historyRef.current);
    if (!taken) return;
    const { step: s } = taken;
    apply((s.after ?? s.before)?.id as string, s.after);
    setHistory(taken.history);
  }, [apply]);

  return {
    annotations,
    loadError,
    saveState,
    saveError,
    create,
    update,
    remove,
    settle,
    undo,
    redo,
    canUndo: history.undo.length > 0,
    canRedo: history.redo.length > 0,
  };
}
