/**
 * The history of the register. Every change writes its rows and its history entry in the same
 * transaction, so there is never a change without a record or a record without its change. The history
 * keeps each field's value before and after, which is also what undo needs to put it back.
 */
import type { FieldChange, RecommendationFields } from '../../shared/recommendations.ts';
import type { Db } from '../db/connection.ts';
import { getSettings } from '../db/settings.ts';
import { UserError } from '../errors.ts';

/** The column behind each field a change may write; undo writes only through this list. */
export const FIELD_COLUMNS: Readonly<Record<Exclude<FieldChange['field'], 'created'>, string>> = {
  text: 'text',
  status: 'status',
  decision: 'decision',
  decisionDate: 'decision_date',
  owner: 'owner',
  dueDate: 'due_date',
  response: 'response',
  mergedInto: 'merged_into',
};

export type EditableField = keyof RecommendationFields;

/** The person a change is recorded under; refusing without one keeps anonymous rows out of the history. */
export function currentUserName(db: Db): string {
  const { userName } = getSettings(db);
  if (!userName) throw new UserError('Set your name before changing the register, so its history can say who made each change.');
  return userName;
}

export function storedValue(value: string | number | null): string | null {
  return value === null ? null : String(value);
}

export interface NewChange {
  userName: string;
  action: 'add' | 'edit' | 'split' | 'merge' | 'undo';
  description: string;
  fields: FieldChange[];
  now: Date;
}

/** Records a change; call it inside the transaction that made the change. */
export function recordChange(db: Db, change: NewChange): number {
  const { lastInsertRowid } = db
    .prepare('INSERT INTO recommendation_changes (at, user_name, action, description) VALUES (?, ?, ?, ?)')
    .run(change.now.toISOString(), change.userName, change.action, change.description);
  const changeId = Number(lastInsertRowid);
  const insertField = db.prepare(
    'INSERT INTO recommendation_change_fields (change_id, recommendation_id, field, old_value, new_value) VALUES (?, ?, ?, ?, ?)',
  );
  for (const field of change.fields) insertField.run(changeId, field.recommendationId, field.field, field.from, field.to);
  return changeId;
}

/** Stamps the rows a change touched, so the register can say when each was last changed. */
export function touch(db: Db, ids: Iterable<number>, now: Date): void {
  const update = db.prepare('UPDATE recommendations SET updated_at = ? WHERE id = ?');
  for (const id of new Set(ids)) update.run(now.toISOString(), id);
}
