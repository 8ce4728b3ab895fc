/**
 * Undo of the register's most recent change, then the one before, and so on: each undo puts every field
 * back as the history says it was and removes rows the change created. Undo itself is recorded (who
 * undid what), and it checks the rows still hold what the change left, refusing rather than overwriting
 * anything else.
 */
import type { FieldChange } from '../../shared/recommendations.ts';
import type { Db } from '../db/connection.ts';
import { UserError } from '../errors.ts';
import { currentUserName, FIELD_COLUMNS, recordChange, storedValue, touch } from './change-log.ts';

interface UndoableRow {
  id: number;
  description: string;
}

/**
 * The newest change not yet undone. Undo entries are never themselves undone, and a change whose rows
 * went with a deleted report has nothing left to put back.
 */
export function lastUndoableChange(db: Db): UndoableRow | null {
  const row = db
    .prepare(
      `SELECT c.id, c.description FROM recommendation_changes c
       WHERE c.action <> 'undo' AND c.undone_by IS NULL
         AND EXISTS (SELECT 1 FROM recommendation_change_fields f WHERE f.change_id = c.id)
       ORDER BY c.id DESC LIMIT 1`,
    )
    .get() as UndoableRow | undefined;
  return row ?? null;
}

interface StoredField {
  recommendation_id: number;
  field: FieldChange['field'];
  old_value: string | null;
  new_value: string | null;
}

function currentValue(db: Db, field: StoredField): string | null | undefined {
  if (field.field === 'created') return undefined;
  const row = db.prepare(`SELECT ${FIELD_COLUMNS[field.field]} AS value FROM recommendations WHERE id = ?`).get(field.recommendation_id) as
    | { value: string | number | null }
    | undefined;
  return row ? storedValue(row.value) : undefined;
}

/** Reverses the newest change; returns what was undone, or null when there is nothing to undo. */
export function undoLastChange(db: Db, now = new Date()): { description: string } | null {
  return db
    .transaction(() => {
      const userName = currentUserName(db);
      const change = lastUndoableChange(db);
      if (!change) return null;
      const fields = db
        .prepare('SELECT recommendation_id, field, old_value, new_value FROM recommendation_change_fields WHERE change_id = ? ORDER BY id DESC')
        .all(change.id) as StoredField[];
      const created = new Set(fields.filter((f) => f.field === 'created').map((f) => f.recommendation_id));
      const restored = fields.filter((f) => f.field !== 'created' && !created.has(f.recommendation_id));
      for (const field of restored) {
        if (currentValue(db, field) !== field.new_value) {
          throw new UserError(`“${change.description}” cannot be undone: the recommendation has been changed since.`);
        }
      }
      const description = `Undid: ${change.description}`;
      // The undo entry is written first, so its fields can refer to rows that are about to be removed…
      const undoId = recordChange(db, {
        userName,
        action: 'undo',
        description,
        fields: restored.map((f) => ({ recommendationId: f.recommendation_id, field: f.field, from: f.new_value, to: f.old_value })),
        now,
      });
      for (const field of restored) {
        const column = FIELD_COLUMNS[field.field as Exclude<FieldChange['field'], 'created'>];
        db.prepare(`UPDATE recommendations SET ${column} = ? WHERE id = ?`).run(field.old_value, field.recommendation_id);
      }
      // …which takes their own history with them: a row undone out of existence has nothing left to show.
      for (const id of created) db.prepare('DELETE FROM recommendations WHERE id = ?').run(id);
      touch(db, restored.map((f) => f.recommendation_id), now);
      db.prepare('UPDATE recommendation_changes SET undone_by = ? WHERE id = ?').run(undoId, change.id);
      return { description };
    })
    .immediate();
}
