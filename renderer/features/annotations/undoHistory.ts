/**
 * Undo and redo for annotation edits. Each step records the annotation before and after (null when it
 * did not exist), so undoing a delete recreates the annotation exactly, id and all. Typing in a note
 * makes many edits; those to the same annotation's note in a row become one step.
 */
import type { Annotation } from '../../../shared/annotations.ts';

export interface HistoryStep {
  before: Annotation | null;
  after: Annotation | null;
  /** Set for note typing, so the next keystroke on the same note joins this step. */
  typingIn?: string;
}

export interface History {
  undo: HistoryStep[];
  redo: HistoryStep[];
}

export const emptyHistory: History = { undo: [], redo: [] };

const MAX_STEPS = 200;

export function record(history: History, step: HistoryStep): History {
  const last = history.undo.at(-1);
  if (step.typingIn && last?.typingIn === step.typingIn) {
    return { undo: [...history.undo.slice(0, -1), { ...last, after: step.after }], redo: [] };
  }
  return { undo: [...history.undo, step].slice(-MAX_STEPS), redo: [] };
}

/** The step to undo and the history after it; its `before` is the state to go back to. */
export function takeUndo(history: History): { step: HistoryStep; history: History } | null {
  const step = history.undo.at(-1);
  if (!step) return null;
  return { step, history: { undo: history.undo.slice(0, -1), redo: [...history.redo, { ...step, typingIn: undefined }] } };
}

export function takeRedo(history: History): { step: HistoryStep; history: History } | null {
  const step = history.redo.at(-1);
  if (!step) return null;
  return { step, history: { undo: [...history.undo, step], redo: history.redo.slice(0, -1) } };
}
