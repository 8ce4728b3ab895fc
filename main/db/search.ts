/**
 * Full-text search across the library. Each document appears once, ranked by bm25 of its best match:
 * on a page, in one of the member's annotations (note, quoted passage or tags), or in its metadata.
 * Annotations count like page text. A match in the title, committee, organisation or author counts
 * double, because a person searching for "Cabinet" most likely wants papers to Cabinet rather than
 * pages that mention it.
 *
 * What a hit shows does not follow the rank alone: when one of the member's annotations matches, the
 * hit shows that annotation, because people search their own words to find their notes again; else
 * the best page; else the title.
 */
import { SNIPPET_MARK_END, SNIPPET_MARK_START, type SearchHit } from '../../shared/domain.ts';
import type { Db } from './connection.ts';
import { toFtsQuery } from './fts-query.ts';

const METADATA_WEIGHT = 2;
const SNIPPET_TOKENS = 16;

/** Where a document's best match is; the snippet and the page the reader opens at come from it. */
type MatchSource =
  | { type: 'page'; rowId: number; pageIndex: number }
  | { type: 'annotation'; rowId: number; annotationId: string; pageIndex: number | null; isQuestion: boolean }
  | { type: 'metadata' };

/** Which kind of match a hit shows when a document matches in several ways (lower first). */
const SHOWN_FIRST: Record<MatchSource['type'], number> = { annotation: 0, page: 1, metadata: 2 };

interface Candidate {
  documentId: number;
  source: MatchSource;
  /** bm25: lower is better. */
  rank: number;
}

/**
 * How many of the best-ranked pages to collect per document wanted before grouping them by document.
 * A long report can fill many of the best places on its own, so the set widens until it holds enough
 * documents or every matching page.
 */
const PAGES_PER_WANTED_DOCUMENT = 20;
const WIDENING_FACTOR = 4;

function pageCandidates(db: Db, query: string, limit: number): Candidate[] {
  // Sorting by bm25() under a LIMIT keeps only the best pages in SQLite's bounded sorter, and the FTS
  // table is read alone: joining pages or grouping by document for every matching page cost seconds
  // at 200,000 pages. (A plain bm25() measured faster than FTS5's own rank column here.)
  const bestPages = db.prepare(
    `SELECT rowid AS rowId, bm25(pages_fts) AS rank FROM pages_fts WHERE pages_fts MATCH ? ORDER BY rank LIMIT ?`,
  );
  const pageRow = db.prepare('SELECT document_id AS documentId, page_index AS pageIndex FROM pages WHERE id = ?');
  for (let pageBudget = limit * PAGES_PER_WANTED_DOCUMENT; ; pageBudget *= WIDENING_FACTOR) {
    const pages = bestPages.all(query, pageBudget) as { rowId: number; rank: number }[];
    // Pages arrive best first, so a document's first page here is its best page anywhere: any better
    // page would have ranked above it. The documents found are therefore exactly the best documents.
    const byDocument = new Map<number, Candidate>();
    for (const { rowId, rank } of pages) {
      const { documentId, pageIndex } = pageRow.get(rowId) as { documentId: number; pageIndex: number };
      if (!byDocument.has(documentId)) byDocument.set(documentId, { documentId, rank, source: { type: 'page', rowId, pageIndex } });
      if (byDocument.size === limit) break;
    }
    if (byDocument.size === limit || pages.length < pageBudget) return [...byDocument.values()];
  }
}

function annotationCandidates(db: Db, query: string, limit: number): Candidate[] {
  const rows = db
    .prepare(
      // An orphaned annotation's page is where its passage used to be, so it opens the document at the start.
      `WITH matches AS MATERIALIZED (
         SELECT a.document_id AS documentId, s.id AS rowId, a.id AS annotationId,
           CASE WHEN a.orphaned = 1 THEN NULL ELSE a.page_index END AS pageIndex, a.is_question AS isQuestion,
           bm25(annotations_fts) AS rank
         FROM annotations_fts
           JOIN annotation_search s ON s.id = annotations_fts.rowid
           JOIN annotations a ON a.id = s.annotation_id
         WHERE annotations_fts MATCH ?
       )
       SELECT documentId, rowId, annotationId, pageIndex, isQuestion, min(rank) AS rank FROM matches
       GROUP BY documentId ORDER BY rank LIMIT ?`,
    )
    .all(query, limit) as {
    documentId: number;
    rowId: number;
    annotationId: string;
    pageIndex: number | null;
    isQuestion: number;
    rank: number;
  }[];
  return rows.map((r) => ({
    documentId: r.documentId,
    rank: r.rank,
    source: { type: 'annotation', rowId: r.rowId, annotationId: r.annotationId, pageIndex: r.pageIndex, isQuestion: r.isQuestion === 1 },
  }));
}

function metadataMatches(db: Db, query: string, limit: number): { documentId: number; rank: number }[] {
  return db
    .prepare(
      `SELECT rowid AS documentId, bm25(documents_fts) * ${METADATA_WEIGHT} AS rank
       FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`,
    )
    .all(query, limit) as { documentId: number; rank: number }[];
}

export function searchLibrary(db: Db, input: string, limit = 50): SearchHit[] {
  const query = toFtsQuery(input);
  if (!query) return [];

  const best = new Map<number, Candidate>();
  const consider = (candidate: Candidate) => {
    const current = best.get(candidate.documentId);
    if (!current) best.set(candidate.documentId, candidate);
    else {
      const source = SHOWN_FIRST[candidate.source.type] < SHOWN_FIRST[current.source.type] ? candidate.source : current.source;
      best.set(candidate.documentId, { documentId: candidate.documentId, source, rank: Math.min(current.rank, candidate.rank) });
    }
  };
  pageCandidates(db, query, limit).forEach(consider);
  annotationCandidates(db, query, limit).forEach(consider);
  for (const m of metadataMatches(db, query, limit)) consider({ documentId: m.documentId, source: { type: 'metadata' }, rank: m.rank });

  const ranked = [...best.values()].sort((a, b) => a.rank - b.rank).slice(0, limit);
  const snippetOf = snippetReader(db, query);
  const documentRow = db.prepare('SELECT title, kind, date, committee FROM documents WHERE id = ?');

  return ranked.map((c): SearchHit => {
    const doc = documentRow.get(c.documentId) as Pick<SearchHit, 'title' | 'kind' | 'date' | 'committee'>;
    const { source } = c;
    return {
      documentId: c.documentId,
      title: doc.title,
      kind: doc.kind,
      date: doc.date,
      committee: doc.committee,
      pageIndex: source.type === 'metadata' ? null : source.pageIndex,
      snippet: snippetOf(c) ?? doc.title,
      score: -c.rank,
      ...(source.type === 'annotation' ? { annotation: { id: source.annotationId, isQuestion: source.isQuestion } } : {}),
    };
  });
}

/** The marked snippet of a candidate's match: a stretch of the page or annotation, or the whole title. */
function snippetReader(db: Db, query: string): (candidate: Candidate) => string | undefined {
  const pageSnippet = db.prepare(
    `SELECT snippet(pages_fts, 0, ?, ?, '…', ${SNIPPET_TOKENS}) AS snippet FROM pages_fts WHERE pages_fts MATCH ? AND rowid = ?`,
  );
  // Column -1 lets FTS5 pick whichever of note, quote and tags matched best.
  const annotationSnippet = db.prepare(
    `SELECT snippet(annotations_fts, -1, ?, ?, '…', ${SNIPPET_TOKENS}) AS snippet
     FROM annotations_fts WHERE annotations_fts MATCH ? AND rowid = ?`,
  );
  const titleSnippet = db.prepare(
    `SELECT highlight(documents_fts, 0, ?, ?) AS snippet FROM documents_fts WHERE documents_fts MATCH ? AND rowid = ?`,
  );
  return ({ documentId, source }) => {
    const [statement, rowId] =
      source.type === 'page'
        ? [pageSnippet, source.rowId]
        : source.type === 'annotation'
          ? [annotationSnippet, source.rowId]
          : [titleSnippet, documentId];
    const row = statement.get(SNIPPET_MARK_START, SNIPPET_MARK_END, query, rowId) as { snippet: string } | undefined;
    return row?.snippet;
  };
}
