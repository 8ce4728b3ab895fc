/**
 * Edits not yet confirmed by the library, kept in the browser's local storage the moment they are made.
 * If the window closes or the app dies before a save answers, the next time the document opens the
 * journal is replayed, so a note typed just before a crash is not lost.
 */
import type { Annotation } from '../../../shared/annotations.ts';

const KEY = 'briefing-pending-annotations';

export type PendingEdit = { kind: 'save'; annotation: Annotation } | { kind: 'delete'; id: string; documentId: number };

type Journal = Record<string, PendingEdit>;

function read(storage: Storage): Journal {
  try {
    return (JSON.parse(storage.getItem(KEY) ?? '{}') as Journal) ?? {};
  } catch {
    return {};
  }
}

function write(storage: Storage, journal: Journal): void {
  try {
    if (Object.keys(journal).length === 0) storage.removeItem(KEY);
    else storage.setItem(KEY, JSON.stringify(journal));
  } catch {
    // Storage full or disabled: the debounced save still runs; the journal is only a safety net.
  }
}

export function editId(edit: PendingEdit): string {
  return edit.kind === 'save' ? edit.annotation.id : edit.id;
}

export function journalEdit(storage: Storage, edit: PendingEdit): void {
  write(storage, { ...read(storage), [editId(edit)]: edit });
}

/** Forgets an edit once saved, unless a newer edit of the same annotation replaced it meanwhile. */
export function settleEdit(storage: Storage, edit: PendingEdit): void {
  const journal = read(storage);
  if (JSON.stringify(journal[editId(edit)]) === JSON.stringify(edit)) {
    delete journal[editId(edit)];
    write(storage, journal);
  }
}

export function pendingEditsFor(storage: Storage, documentId: number): PendingEdit[] {
  return Object.values(read(storage)).filter((edit) =>
    edit.kind === 'save' ? edit.annotation.documentId === documentId : edit.documentId === documentId,
  );
}
