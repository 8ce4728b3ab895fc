/**
 * When a report is replaced by a new version, its recommendations are read again from the new text.
 * The register's work on the old ones (status, decision, owner, due date, response, history, rows added
 * or split by hand) must not be lost: a recommendation printed again keeps its row and everything
 * recorded on it; one the new version no longer prints is kept if anyone recorded anything on it, and
 * dropped only if it was never touched.
 */
import type { DocumentRecommendation } from '../../shared/domain.ts';
import type { Db } from '../db/connection.ts';

interface ExistingRow {
  id: number;
  text: string;
  original_text: string | null;
  touched: number;
}

/** Case, spacing, dashes and quotes vary between printings of the same recommendation. */
function sameWording(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/[;.,]\s*$/, '')
    .trim()
    .toLowerCase();
}

export function carryOverRecommendations(db: Db, documentId: number, extracted: DocumentRecommendation[]): void {
  const existing = db
    .prepare(
      `SELECT r.id, r.text, r.original_text,
         (r.source != 'extracted' OR r.status != 'proposed' OR r.decision IS NOT NULL OR r.decision_date IS NOT NULL
          OR r.owner IS NOT NULL OR r.due_date IS NOT NULL OR r.response IS NOT NULL
          OR EXISTS (SELECT 1 FROM recommendation_change_fields c WHERE c.recommendation_id = r.id)) AS touched
       FROM recommendations r WHERE r.document_id = ? ORDER BY r.position, r.id`,
    )
    .all(documentId) as ExistingRow[];
  const unmatched = new Map(existing.map((row) => [row.id, row]));
  let nextOrdinal = (
    db.prepare('SELECT coalesce(max(ordinal), -1) + 1 AS n FROM recommendations WHERE document_id = ?').get(documentId) as { n: number }
  ).n;

  const keep = db.prepare(
    // The text a person edited stays as they wrote it; only the printed original and its page follow the new version.
    `UPDATE recommendations SET original_text = ?, page_index = ?, position = ?,
       text = CASE WHEN text = coalesce(original_text, text) THEN ? ELSE text END
     WHERE id = ?`,
  );
  const add = db.prepare(
    'INSERT INTO recommendations (document_id, ordinal, text, page_index, position) VALUES (?, ?, ?, ?, ?)',
  );
  // Each printed recommendation takes the row first printed with the same wording; those left over then
  // try the wording a person gave a row (say, the first half of one they split, now printed on its own).
  const printedAt = new Map<number, number>();
  const matches = new Map<number, ExistingRow>();
  const claim = (wordingOf: (row: ExistingRow) => string) =>
    extracted.forEach((recommendation, position) => {
      if (matches.has(position)) return;
      const wording = sameWording(recommendation.text);
      const match = [...unmatched.values()].find((row) => wordingOf(row) === wording);
      if (!match) return;
      unmatched.delete(match.id);
      matches.set(position, match);
    });
  claim((row) => sameWording(row.original_text ?? row.text));
  claim((row) => sameWording(row.text));
  extracted.forEach((recommendation, position) => {
    const match = matches.get(position);
    if (match) {
      printedAt.set(match.id, position);
      keep.run(recommendation.text, recommendation.pageIndex, position, recommendation.text, match.id);
    } else {
      add.run(documentId, nextOrdinal++, recommendation.text, recommendation.pageIndex, position);
    }
  });

  const drop = db.prepare('DELETE FROM recommendations WHERE id = ?');
  for (const row of unmatched.values()) if (!row.touched) drop.run(row.id);
  keepInPlace(db, existing, printedAt, unmatched);
}

/**
 * Rows the new version does not print but that are kept (split or added by hand, or worked on) stay after
 * the row they followed, spaced between its new position and the next printed row's; before the first
 * printed row if nothing came before them.
 */
function keepInPlace(db: Db, existing: ExistingRow[], printedAt: Map<number, number>, unprinted: Map<number, ExistingRow>): void {
  const move = db.prepare('UPDATE recommendations SET position = ? WHERE id = ?');
  let after = -1;
  let followers: number[] = [];
  const placeFollowers = () => {
    followers.forEach((id, k) => move.run(after + (k + 1) / (followers.length + 1), id));
    followers = [];
  };
  for (const row of existing) {
    const printed = printedAt.get(row.id);
    if (printed !== undefined) {
      placeFollowers();
      after = printed;
    } else if (unprinted.get(row.id)?.touched) {
      followers.push(row.id);
    }
  }
  placeFollowers();
}
