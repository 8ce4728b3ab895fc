/** Reading the register: its rows, one row, and a recommendation's history. */
import type {
  ChangeAction,
  FieldChange,
  RecommendationSource,
  RecommendationStatus,
  RegisterChange,
  RegisterEntry,
} from '../../shared/recommendations.ts';
import type { Db } from '../db/connection.ts';
import { toFtsQuery } from '../db/fts-query.ts';
import { prefixQueries } from '../db/prefix-terms.ts';

interface EntryRow {
  id: number;
  document_id: number;
  title: string;
  date: string | null;
  committee: string | null;
  organisation: string | null;
  number: number;
  page_index: number | null;
  text: string;
  original_text: string | null;
  source: RecommendationSource;
  status: RecommendationStatus;
  decision: string | null;
  decision_date: string | null;
  owner: string | null;
  due_date: string | null;
  response: string | null;
  updated_at: string | null;
}

// Rows merged into another are kept (their history and undo need them) but are no longer in the register.
// Numbers are counted over a report's live rows before any search narrows them, so "No. 3" is stable.
// `reports` narrows the rows numbered to whole reports (SQLite cannot push a filter on the outer query
// through the numbering), so reading one report's rows does not number the whole register.
const numbered = (reports = '') => `
  WITH numbered AS (
    SELECT r.*, row_number() OVER (PARTITION BY r.document_id ORDER BY r.position, r.id) AS number
    FROM recommendations r WHERE r.merged_into IS NULL ${reports}
  )
  SELECT n.id, n.document_id, d.title, d.date, d.committee, d.organisation, n.number, n.page_index, n.text,
    n.original_text, n.source, n.status, n.decision, n.decision_date, n.owner, n.due_date, n.response, n.updated_at
  FROM numbered n JOIN documents d ON d.id = n.document_id`;
const NUMBERED = numbered();

function toEntry(row: EntryRow): RegisterEntry {
  return {
    id: row.id,
    documentId: row.document_id,
    documentTitle: row.title,
    documentDate: row.date,
    committee: row.committee,
    organisation: row.organisation,
    number: row.number,
    pageIndex: row.page_index,
    text: row.text,
    originalText: row.original_text,
    source: row.source,
    status: row.status,
    decision: row.decision,
    decisionDate: row.decision_date,
    owner: row.owner,
    dueDate: row.due_date,
    response: row.response,
    updatedAt: row.updated_at,
  };
}

/**
 * The register in report order (newest reports first). With a query, only rows whose text, decision or
 * response match it, searched like the library: words, "phrases", prefix*, OR.
 */
export function listRegister(db: Db, query = ''): RegisterEntry[] {
  const order = `ORDER BY coalesce(d.date, '') DESC, d.title COLLATE NOCASE, n.document_id, n.number`;
  if (!query.trim()) return (db.prepare(`${NUMBERED} ${order}`).all() as EntryRow[]).map(toEntry);
  const fts = toFtsQuery(query, prefixQueries(db, ['recommendations_fts']));
  if (!fts) return [];
  const rows = db
    .prepare(`${NUMBERED} WHERE n.id IN (SELECT rowid FROM recommendations_fts WHERE recommendations_fts MATCH ?) ${order}`)
    .all(fts) as EntryRow[];
  return rows.map(toEntry);
}

/** One report's live rows in its own order, as a briefing pack lists them. */
export function registerEntriesOfDocument(db: Db, documentId: number): RegisterEntry[] {
  return (db.prepare(`${numbered('AND r.document_id = ?')} ORDER BY n.number`).all(documentId) as EntryRow[]).map(toEntry);
}

export function getRegisterEntry(db: Db, id: number): RegisterEntry | null {
  const sameReport = 'AND r.document_id = (SELECT document_id FROM recommendations WHERE id = ?)';
  const row = db.prepare(`${numbered(sameReport)} WHERE n.id = ?`).get(id, id) as EntryRow | undefined;
  return row ? toEntry(row) : null;
}

interface ChangeRow {
  id: number;
  at: string;
  user_name: string;
  action: ChangeAction;
  description: string;
  undone_by: number | null;
}

interface FieldRow {
  change_id: number;
  recommendation_id: number;
  field: FieldChange['field'];
  old_value: string | null;
  new_value: string | null;
}

/** Every change that touched a recommendation, newest first, each with all the fields it changed. */
export function recommendationHistory(db: Db, recommendationId: number): RegisterChange[] {
  const changes = db
    .prepare(
      `SELECT c.id, c.at, c.user_name, c.action, c.description, c.undone_by FROM recommendation_changes c
       WHERE c.id IN (SELECT change_id FROM recommendation_change_fields WHERE recommendation_id = ?)
       ORDER BY c.id DESC`,
    )
    .all(recommendationId) as ChangeRow[];
  const fieldsOf = db.prepare(
    'SELECT change_id, recommendation_id, field, old_value, new_value FROM recommendation_change_fields WHERE change_id = ? ORDER BY id',
  );
  return changes.map((change) => ({
    id: change.id,
    at: change.at,
    userName: change.user_name,
    action: change.action,
    description: change.description,
    undone: change.undone_by !== null,
    fields: (fieldsOf.all(change.id) as FieldRow[]).map((f) => ({
      recommendationId: f.recommendation_id,
      field: f.field,
      from: f.old_value,
      to: f.new_value,
    })),
  }));
}
