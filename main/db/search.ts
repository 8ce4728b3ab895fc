/**
 * Full-text search across the library. Each document appears once, ranked by bm25 of its best match:
 * its text as a whole, one of the member's annotations (note, quoted passage or tags), or its metadata.
 * Annotations count like document text. A match in the title, committee, organisation or author counts
 * double, because a person searching for "Cabinet" most likely wants papers to Cabinet rather than
 * pages that mention it.
 *
 * Documents are ranked as wholes (document_text_fts, or document_pairs_fts for a phrase with a common
 * word) and only the few shown are then searched page by page: scoring every matching page to rank
 * documents cost hundreds of milliseconds for common words at 200,000 pages. A hit opens at the first
 * page holding the whole query, or failing that any of its terms: the first mention is where a reader
 * starts, and the reader's find bar goes on from there.
 *
 * What a hit shows does not follow the rank alone: when one of the member's annotations matches, the
 * hit shows that annotation, because people search their own words to find their notes again; else
 * the page; else the title.
 */
import { SNIPPET_MARK_END, SNIPPET_MARK_START, type SearchHit } from '../../shared/domain.ts';
import type { Db } from './connection.ts';
import { commonPairIndexComplete } from './common-pair-backfill.ts';
import { commonPairsQuery } from './common-word-pairs.ts';
import { soleQuotedPhrase, toAnyTermFtsQuery, toFtsQuery } from './fts-query.ts';
import { prefixQueries } from './prefix-terms.ts';

const METADATA_WEIGHT = 2;
/**
 * A rowid parameter beside a MATCH. better-sqlite3 binds every JavaScript number as a REAL, and FTS5
 * (SQLite 3.54) then ignores the rowid constraint and returns every matching row, so snippets came from
 * whichever row matched first. Cast, the constraint holds and is a direct lookup.
 */
const ROWID = 'CAST(? AS INTEGER)';
/** The tokenizer migration 002 gave the page index; a copy of some pages must split and stem alike. */
const PAGE_TOKENIZER = 'porter unicode61 remove_diacritics 2';
const SNIPPET_TOKENS = 16;

/** Where a document's best match is; the snippet and the page the reader opens at come from it. */
type MatchSource =
  | { type: 'text' }
  | { type: 'annotation'; rowId: number; annotationId: string; pageIndex: number | null; isQuestion: boolean }
  | { type: 'metadata' };

/** Which kind of match a hit shows when a document matches in several ways (lower first). */
const SHOWN_FIRST: Record<MatchSource['type'], number> = { annotation: 0, text: 1, metadata: 2 };

interface Candidate {
  documentId: number;
  source: MatchSource;
  /** bm25: lower is better. */
  rank: number;
}

/** A page of a document, as the hit opens it. */
interface PageMatch {
  rowId: number;
  pageIndex: number;
}

function textCandidates(db: Db, input: string, query: string, limit: number): Candidate[] {
  const phrase = soleQuotedPhrase(input);
  const pairs = phrase === null || !commonPairIndexComplete(db) ? null : commonPairsQuery(phrase);
  const rows = pairs ? commonPhraseMatches(db, query, pairs, limit) : wordIndexMatches(db, query, limit);
  return rows.map((r) => ({ documentId: r.documentId, rank: r.rank, source: { type: 'text' } }));
}

type RankedDocument = { documentId: number; rank: number };

function wordIndexMatches(db: Db, query: string, limit: number): RankedDocument[] {
  return db
    .prepare(
      `SELECT rowid AS documentId, bm25(document_text_fts) AS rank FROM document_text_fts
       WHERE document_text_fts MATCH ? ORDER BY rank LIMIT ?`,
    )
    .all(query, limit) as RankedDocument[];
}

/**
 * How many of the common-pair index's candidates to check before handing the phrase to the word index. A
 * candidate fails only when the phrase's pairs are all in the paper but apart, or the stemmer took a
 * different pair for one of them, both of which are rare.
 */
const PHRASE_CHECKS = 500;

/**
 * Documents holding a phrase that includes a common word, ranked by the common-pair index (see
 * common-word-pairs.ts), each checked against the word index with a direct lookup.
 */
function commonPhraseMatches(db: Db, query: string, pairsQuery: string, limit: number): RankedDocument[] {
  const candidates = db
    .prepare(
      `SELECT rowid AS documentId, bm25(document_pairs_fts) AS rank FROM document_pairs_fts
       WHERE document_pairs_fts MATCH ? ORDER BY rank LIMIT ?`,
    )
    .all(pairsQuery, PHRASE_CHECKS) as RankedDocument[];
  const holdsPhrase = db.prepare(`SELECT 1 FROM document_text_fts WHERE document_text_fts MATCH ? AND rowid = ${ROWID}`).pluck();
  const found: RankedDocument[] = [];
  for (const candidate of candidates) {
    if (found.length === limit) break;
    if (holdsPhrase.get(query, candidate.documentId)) found.push(candidate);
  }
  return found.length === limit || candidates.length < PHRASE_CHECKS ? found : wordIndexMatches(db, query, limit);
}

/**
 * How many matching pages to read in id order before looking the remaining documents up page by page.
 * Reading in order is one pass, and quick while few pages match (rare words, two words that seldom
 * share a page); looking up page by page is quick when most pages match, because the first page of
 * a document usually does. 5,000 pages read take a few milliseconds.
 */
const PAGES_READ_IN_ORDER = 5_000;

/**
 * A prefix, as FTS5's prefix query or expanded into a bracketed group of words, which starts `("`
 * (prefix-terms.ts). FTS5 gathers a prefix's terms afresh for every lookup, and opens every word of a
 * group, so such queries are read in one pass and their snippets cut from the pages shown. Typed text
 * that happens to look like a group (a phrase ending " (") only takes this path, with the same results.
 */
const hasPrefix = (query: string) => query.includes('"*') || /(^|\s)\("/.test(query);

/**
 * The first page of each document that matches the query. A document's pages are written in one
 * transaction, so their ids run in page order and the first matching id within a document's range is
 * its first matching page.
 *
 * Each document's opening page is tried first, one lookup each: the best-ranked documents mention
 * the query often, so it usually matches. For a phrase of common words that settles most documents in
 * a few milliseconds, where reading matches in id order checks the phrase on every page up to the last
 * of them (about 18 ms for "and that" at 200,000 pages).
 */
function firstMatchingPages(db: Db, query: string, documentIds: number[]): Map<number, PageMatch> {
  const found = new Map<number, PageMatch>();
  const pageMatches = db.prepare(`SELECT 1 FROM pages_fts WHERE pages_fts MATCH ? AND rowid = ${ROWID}`).pluck();
  let ranges = pageIdRanges(db, documentIds);
  if (!hasPrefix(query)) {
    for (const range of ranges) {
      if (pageMatches.get(query, range.first)) found.set(range.documentId, { rowId: range.first, pageIndex: 0 });
    }
    ranges = ranges.filter((r) => !found.has(r.documentId));
  }
  if (ranges.length === 0) return found;

  const pageRow = db.prepare('SELECT document_id AS documentId, page_index AS pageIndex FROM pages WHERE id = ?');
  const lastId = Math.max(...ranges.map((r) => r.last));
  const budget = hasPrefix(query) ? Number.POSITIVE_INFINITY : PAGES_READ_IN_ORDER;
  const matchingPages = db.prepare('SELECT rowid FROM pages_fts WHERE pages_fts MATCH ?').pluck();
  let remaining = ranges.length;
  let read = 0;
  let next = 0;
  let readAll = true;
  for (const rowId of matchingPages.iterate(query) as IterableIterator<number>) {
    if (rowId > lastId || remaining === 0) break;
    if (++read > budget) {
      readAll = false;
      break;
    }
    while ((ranges[next] as PageIdRange).last < rowId) next++;
    const range = ranges[next] as PageIdRange;
    if (rowId < range.first || found.has(range.documentId)) continue;
    const page = pageRow.get(rowId) as { documentId: number; pageIndex: number };
    if (page.documentId === range.documentId) {
      found.set(range.documentId, { rowId, pageIndex: page.pageIndex });
      remaining--;
    }
  }
  if (readAll || remaining === 0) return found;

  const firstPage = db.prepare(
    `SELECT p.id AS rowId, p.page_index AS pageIndex FROM pages p
     WHERE p.document_id = ? AND EXISTS (SELECT 1 FROM pages_fts WHERE pages_fts MATCH ? AND pages_fts.rowid = p.id)
     ORDER BY p.page_index LIMIT 1`,
  );
  for (const { documentId } of ranges) {
    if (found.has(documentId)) continue;
    const page = firstPage.get(documentId, query) as PageMatch | undefined;
    if (page) found.set(documentId, page);
  }
  return found;
}

interface PageIdRange {
  documentId: number;
  /** The id of the document's first page (page index 0), since ids run in page order. */
  first: number;
  last: number;
}

/** The lowest and highest page id of each document, in id order. */
function pageIdRanges(db: Db, documentIds: number[]): PageIdRange[] {
  const range = db.prepare('SELECT min(id) AS first, max(id) AS last FROM pages WHERE document_id = ?');
  return documentIds
    .map((documentId) => ({ documentId, ...(range.get(documentId) as { first: number | null; last: number | null }) }))
    .filter((r): r is PageIdRange => r.first !== null && r.last !== null)
    .sort((a, b) => a.first - b.first);
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
  const prefixQuery = prefixQueries(db, ['document_text_fts', 'documents_fts', 'annotations_fts']);
  const query = toFtsQuery(input, prefixQuery);
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
  textCandidates(db, input, query, limit).forEach(consider);
  annotationCandidates(db, query, limit).forEach(consider);
  for (const m of metadataMatches(db, query, limit)) consider({ documentId: m.documentId, source: { type: 'metadata' }, rank: m.rank });

  const ranked = [...best.values()].sort((a, b) => a.rank - b.rank).slice(0, limit);
  const anyTerm = toAnyTermFtsQuery(input, prefixQuery) ?? query;
  const pages = pagesToOpen(db, query, anyTerm, ranked.filter((c) => c.source.type === 'text').map((c) => c.documentId));
  const snippetOf = snippetReader(db, query, anyTerm, pages);
  const documentRow = db.prepare('SELECT title, kind, date, committee FROM documents WHERE id = ?');

  return ranked.map((c): SearchHit => {
    const doc = documentRow.get(c.documentId) as Pick<SearchHit, 'title' | 'kind' | 'date' | 'committee'>;
    const { source } = c;
    const page = pages.get(c.documentId);
    return {
      documentId: c.documentId,
      title: doc.title,
      kind: doc.kind,
      date: doc.date,
      committee: doc.committee,
      pageIndex: source.type === 'annotation' ? source.pageIndex : (page?.pageIndex ?? null),
      snippet: snippetOf(c, page) ?? doc.title,
      score: -c.rank,
      ...(source.type === 'annotation' ? { annotation: { id: source.annotationId, isQuestion: source.isQuestion } } : {}),
    };
  });
}

/**
 * The page each text match opens at: the first holding the whole query, else, for a document whose
 * words are spread over several pages, the first holding any of them.
 */
function pagesToOpen(db: Db, query: string, anyTerm: string, documentIds: number[]): Map<number, PageMatch & { anyTerm: boolean }> {
  const pages = new Map<number, PageMatch & { anyTerm: boolean }>();
  for (const [id, page] of firstMatchingPages(db, query, documentIds)) pages.set(id, { ...page, anyTerm: false });
  const spread = documentIds.filter((id) => !pages.has(id));
  if (anyTerm !== query && spread.length > 0) {
    for (const [id, page] of firstMatchingPages(db, anyTerm, spread)) pages.set(id, { ...page, anyTerm: true });
  }
  return pages;
}

/** The marked snippet of a candidate's match: a stretch of the page or annotation, or the whole title. */
function snippetReader(
  db: Db,
  query: string,
  anyTermQuery: string,
  pages: Map<number, PageMatch & { anyTerm: boolean }>,
): (candidate: Candidate, page: (PageMatch & { anyTerm: boolean }) | undefined) => string | undefined {
  const pageSnippet = hasPrefix(query) ? shownPagesSnippet(db, [...pages.values()].map((p) => p.rowId)) : pagesFtsSnippet(db);
  // Column -1 lets FTS5 pick whichever of note, quote and tags matched best.
  const annotationSnippet = db.prepare(
    `SELECT snippet(annotations_fts, -1, ?, ?, '…', ${SNIPPET_TOKENS}) AS snippet
     FROM annotations_fts WHERE annotations_fts MATCH ? AND rowid = ${ROWID}`,
  );
  const titleSnippet = db.prepare(
    `SELECT highlight(documents_fts, 0, ?, ?) AS snippet FROM documents_fts WHERE documents_fts MATCH ? AND rowid = ${ROWID}`,
  );
  const marked = (statement: typeof titleSnippet, match: string, rowId: number) =>
    (statement.get(SNIPPET_MARK_START, SNIPPET_MARK_END, match, rowId) as { snippet: string } | undefined)?.snippet;
  return ({ documentId, source }, page) => {
    if (source.type === 'annotation') return marked(annotationSnippet, query, source.rowId);
    if (source.type === 'text' && page) return pageSnippet(page.anyTerm ? anyTermQuery : query, page.rowId);
    return marked(titleSnippet, query, documentId);
  };
}

type PageSnippet = (match: string, pageId: number) => string | undefined;

const pageSnippetSql = (table: string) =>
  `SELECT snippet(${table}, 0, ?, ?, '…', ${SNIPPET_TOKENS}) FROM ${table} WHERE ${table} MATCH ? AND rowid = ${ROWID}`;

function pagesFtsSnippet(db: Db): PageSnippet {
  const statement = db.prepare(pageSnippetSql('pages_fts')).pluck();
  return (match, pageId) => statement.get(SNIPPET_MARK_START, SNIPPET_MARK_END, match, pageId) as string | undefined;
}

/**
 * Snippets of a prefix query, taken from a throwaway index of just the pages shown. For each snippet
 * FTS5 gathers every term the prefix covers across the whole page index: at 200,000 pages that is about
 * 1 ms for "safe*" and 60 ms for "cons*", against 10-17 ms to copy and index the 50 pages shown. The copy
 * lives in the connection's temporary database, split and stemmed as the page index is.
 */
function shownPagesSnippet(db: Db, pageIds: number[]): PageSnippet {
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.shown_pages_fts USING fts5(text, tokenize = '${PAGE_TOKENIZER}')`);
  const copy = db.prepare('INSERT INTO temp.shown_pages_fts (rowid, text) SELECT id, text FROM pages WHERE id = ?');
  db.transaction(() => {
    db.exec('DELETE FROM temp.shown_pages_fts');
    for (const id of pageIds) copy.run(id);
  })();
  const statement = db.prepare(pageSnippetSql('shown_pages_fts')).pluck();
  return (match, pageId) => statement.get(SNIPPET_MARK_START, SNIPPET_MARK_END, match, pageId) as string | undefined;
}
