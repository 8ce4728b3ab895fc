/**
 * Full-text search across the library. Each document appears once, at its best-matching page, ranked
 * by bm25; a match in the title, committee, organisation or author counts double, because a person
 * searching for "Cabinet" most likely wants papers to Cabinet rather than pages that mention it.
 */
import { SNIPPET_MARK_END, SNIPPET_MARK_START, type SearchHit } from '../../shared/domain.ts';
import type { Db } from './connection.ts';
import { toFtsQuery } from './fts-query.ts';

const METADATA_WEIGHT = 2;
const SNIPPET_TOKENS = 16;

interface Candidate {
  documentId: number;
  pageRowId: number | null;
  pageIndex: number | null;
  /** bm25: lower is better. */
  rank: number;
}

export function searchLibrary(db: Db, input: string, limit = 50): SearchHit[] {
  const query = toFtsQuery(input);
  if (!query) return [];

  const best = new Map<number, Candidate>();
  const consider = (candidate: Candidate) => {
    const current = best.get(candidate.documentId);
    if (!current || candidate.rank < current.rank) best.set(candidate.documentId, candidate);
  };

  const pageMatches = db
    .prepare(
      // bm25() is only allowed in a plain query over the FTS table, so ranks are materialised first;
      // SQLite's min() then keeps the other columns of each document's best page.
      `WITH matches AS MATERIALIZED (
         SELECT p.document_id AS documentId, p.id AS pageRowId, p.page_index AS pageIndex, bm25(pages_fts) AS rank
         FROM pages_fts JOIN pages p ON p.id = pages_fts.rowid
         WHERE pages_fts MATCH ?
       )
       SELECT documentId, pageRowId, pageIndex, min(rank) AS rank FROM matches
       GROUP BY documentId ORDER BY rank LIMIT ?`,
    )
    .all(query, limit) as Candidate[];
  pageMatches.forEach(consider);

  const metadataMatches = db
    .prepare(
      `SELECT rowid AS documentId, bm25(documents_fts) * ${METADATA_WEIGHT} AS rank
       FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`,
    )
    .all(query, limit) as { documentId: number; rank: number }[];
  for (const m of metadataMatches) {
    const page = best.get(m.documentId);
    // Keep the page (for its snippet and jump target) but let the metadata match lift the rank.
    consider({ documentId: m.documentId, pageRowId: page?.pageRowId ?? null, pageIndex: page?.pageIndex ?? null, rank: m.rank });
  }

  const ranked = [...best.values()].sort((a, b) => a.rank - b.rank).slice(0, limit);
  const pageSnippet = db.prepare(
    `SELECT snippet(pages_fts, 0, ?, ?, '…', ${SNIPPET_TOKENS}) AS snippet FROM pages_fts WHERE pages_fts MATCH ? AND rowid = ?`,
  );
  const titleSnippet = db.prepare(
    `SELECT highlight(documents_fts, 0, ?, ?) AS snippet FROM documents_fts WHERE documents_fts MATCH ? AND rowid = ?`,
  );
  const documentRow = db.prepare('SELECT title, kind, date, committee FROM documents WHERE id = ?');

  return ranked.map((c): SearchHit => {
    const doc = documentRow.get(c.documentId) as Pick<SearchHit, 'title' | 'kind' | 'date' | 'committee'>;
    const snippetRow =
      c.pageRowId !== null
        ? (pageSnippet.get(SNIPPET_MARK_START, SNIPPET_MARK_END, query, c.pageRowId) as { snippet: string } | undefined)
        : (titleSnippet.get(SNIPPET_MARK_START, SNIPPET_MARK_END, query, c.documentId) as { snippet: string } | undefined);
    return {
      documentId: c.documentId,
      title: doc.title,
      kind: doc.kind,
      date: doc.date,
      committee: doc.committee,
      pageIndex: c.pageIndex,
      snippet: snippetRow?.snippet ?? doc.title,
      score: -c.rank,
    };
  });
}
