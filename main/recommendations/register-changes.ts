/**
 * Changing the register: editing a recommendation, adding one by hand, splitting one the extractor ran
 * together and merging two it pulled apart. Each is one transaction that also writes its history entry.
 */
import { STATUS_LABELS, type FieldChange, type RecommendationFields, type RegisterEntry } from '../../shared/recommendations.ts';
import type { Db } from '../db/connection.ts';
import { NotFoundError, UserError } from '../errors.ts';
import { currentUserName, FIELD_COLUMNS, recordChange, storedValue, touch, type EditableField } from './change-log.ts';
import { getRegisterEntry } from './register-repository.ts';

const FIELD_NAMES: Readonly<Record<EditableField, string>> = {
  text: 'text',
  status: 'status',
  decision: 'decision',
  decisionDate: 'decision date',
  owner: 'owner',
  dueDate: 'due date',
  response: 'response',
};

export function describeEntry(entry: Pick<RegisterEntry, 'number' | 'documentTitle'>): string {
  return `recommendation ${entry.number} of “${entry.documentTitle}”`;
}

function requireEntry(db: Db, id: number): RegisterEntry {
  const entry = getRegisterEntry(db, id);
  if (!entry) throw new NotFoundError(`Recommendation ${id} is not in the register (it may have been merged or removed).`);
  return entry;
}

function requireText(text: string, what: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new UserError(`${what} cannot be empty.`);
  return trimmed;
}

function inTransaction<T>(db: Db, work: () => T): T {
  return db.transaction(work).immediate();
}

/** Changes the given fields; fields whose value is unchanged are left out of the history. Returns the row as it now is. */
export function updateRecommendation(db: Db, id: number, changes: Partial<RecommendationFields>, now = new Date()): RegisterEntry {
  return inTransaction(db, () => {
    const userName = currentUserName(db);
    const before = requireEntry(db, id);
    const fields: FieldChange[] = [];
    for (const [field, value] of Object.entries(changes) as [EditableField, string | null][]) {
      if (value === undefined) continue;
      const next = field === 'text' ? requireText(value ?? '', 'The recommendation text') : value;
      if (next === before[field]) continue;
      fields.push({ recommendationId: id, field, from: storedValue(before[field]), to: storedValue(next) });
    }
    if (fields.length === 0) return before;
    for (const f of fields) {
      db.prepare(`UPDATE recommendations SET ${FIELD_COLUMNS[f.field as EditableField]} = ? WHERE id = ?`).run(f.to, id);
    }
    touch(db, [id], now);
    recordChange(db, { userName, action: 'edit', description: describeEdit(before, fields), fields, now });
    return requireEntry(db, id);
  });
}

function describeEdit(before: RegisterEntry, fields: FieldChange[]): string {
  const status = fields.find((f) => f.field === 'status');
  if (status && fields.length === 1) {
    const label = (value: string | null) => STATUS_LABELS[value as RegisterEntry['status']] ?? value;
    return `Changed the status of ${describeEntry(before)} from ${label(status.from)} to ${label(status.to)}`;
  }
  const names = fields.map((f) => FIELD_NAMES[f.field as EditableField]);
  return `Changed the ${names.join(', ')} of ${describeEntry(before)}`;
}

function nextOrdinal(db: Db, documentId: number): number {
  const row = db.prepare('SELECT coalesce(max(ordinal), -1) + 1 AS next FROM recommendations WHERE document_id = ?').get(documentId) as {
    next: number;
  };
  return row.next;
}

export interface NewRecommendation {
  documentId: number;
  text: string;
  pageIndex: number | null;
}

/** Adds a recommendation the extractor missed, at the end of its report's list. */
export function addRecommendation(db: Db, input: NewRecommendation, now = new Date()): RegisterEntry {
  return inTransaction(db, () => {
    const userName = currentUserName(db);
    const text = requireText(input.text, 'The recommendation text');
    const document = db.prepare('SELECT page_count FROM documents WHERE id = ?').get(input.documentId) as
      | { page_count: number }
      | undefined;
    if (!document) throw new NotFoundError(`Document ${input.documentId} is not in the library.`);
    if (input.pageIndex !== null && input.pageIndex >= document.page_count) {
      throw new UserError(`Page ${input.pageIndex + 1} is past the end of this report, which has ${document.page_count} pages.`);
    }
    const position = db.prepare('SELECT coalesce(max(position), -1) + 1 AS next FROM recommendations WHERE document_id = ?').get(
      input.documentId,
    ) as { next: number };
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO recommendations (document_id, ordinal, text, page_index, source, position, updated_at)
         VALUES (?, ?, ?, ?, 'manual', ?, ?)`,
      )
      .run(input.documentId, nextOrdinal(db, input.documentId), text, input.pageIndex, position.next, now.toISOString());
    const id = Number(lastInsertRowid);
    const entry = requireEntry(db, id);
    recordChange(db, {
      userName,
      action: 'add',
      description: `Added ${describeEntry(entry)}`,
      fields: [
        { recommendationId: id, field: 'created', from: null, to: 'manual' },
        { recommendationId: id, field: 'text', from: null, to: text },
      ],
      now,
    });
    return entry;
  });
}

/**
 * Splits one recommendation into two: the first keeps its row (status, follow-up and history), the
 * second becomes a new row straight after it, starting as "proposed".
 */
export function splitRecommendation(db: Db, id: number, firstText: string, secondText: string, now = new Date()): [RegisterEntry, RegisterEntry] {
  return inTransaction(db, () => {
    const userName = currentUserName(db);
    const before = requireEntry(db, id);
    const first = requireText(firstText, 'The first part');
    const second = requireText(secondText, 'The second part');
    const current = db.prepare('SELECT position FROM recommendations WHERE id = ?').get(id) as { position: number };
    const following = db
      .prepare('SELECT min(position) AS position FROM recommendations WHERE document_id = ? AND position > ?')
      .get(before.documentId, current.position) as { position: number | null };
    // Halfway to the next row keeps every other row's position, so nothing else is renumbered in storage.
    const position = following.position === null ? current.position + 1 : (current.position + following.position) / 2;
    db.prepare('UPDATE recommendations SET text = ? WHERE id = ?').run(first, id);
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO recommendations (document_id, ordinal, text, page_index, source, position, split_from)
         VALUES (?, ?, ?, ?, 'split', ?, ?)`,
      )
      .run(before.documentId, nextOrdinal(db, before.documentId), second, before.pageIndex, position, id);
    const newId = Number(lastInsertRowid);
    touch(db, [id, newId], now);
    recordChange(db, {
      userName,
      action: 'split',
      description: `Split ${describeEntry(before)} into two`,
      fields: [
        { recommendationId: id, field: 'text', from: before.text, to: first },
        { recommendationId: newId, field: 'created', from: null, to: `split:${id}` },
        { recommendationId: newId, field: 'text', from: null, to: second },
      ],
      now,
    });
    return [requireEntry(db, id), requireEntry(db, newId)];
  });
}

/**
 * Merges two recommendations of one report into the one printed first, which takes the given text and
 * keeps its own status and follow-up. The other leaves the register but stays stored, so its history
 * survives and undo can bring it back.
 */
export function mergeRecommendations(db: Db, ids: [number, number], text: string, now = new Date()): RegisterEntry {
  return inTransaction(db, () => {
    const userName = currentUserName(db);
    if (ids[0] === ids[1]) throw new UserError('Choose two different recommendations to merge.');
    const [a, b] = ids.map((id) => requireEntry(db, id)) as [RegisterEntry, RegisterEntry];
    if (a.documentId !== b.documentId) throw new UserError('Only recommendations from the same report can be merged.');
    const [kept, absorbed] = a.number <= b.number ? [a, b] : [b, a];
    const merged = requireText(text, 'The merged text');
    db.prepare('UPDATE recommendations SET text = ? WHERE id = ?').run(merged, kept.id);
    db.prepare('UPDATE recommendations SET merged_into = ? WHERE id = ?').run(kept.id, absorbed.id);
    touch(db, [kept.id, absorbed.id], now);
    recordChange(db, {
      userName,
      action: 'merge',
      description: `Merged recommendations ${kept.number} and ${absorbed.number} of “${kept.documentTitle}”`,
      fields: [
        { recommendationId: kept.id, field: 'text', from: kept.text, to: merged },
        { recommendationId: absorbed.id, field: 'mergedInto', from: null, to: String(kept.id) },
      ],
      now,
    });
    return requireEntry(db, kept.id);
  });
}
