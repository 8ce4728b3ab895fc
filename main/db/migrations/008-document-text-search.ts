/**
 * A second full-text index with one row per document, holding the text of all its pages. Search ranks
 * documents with it and only then looks for the best page inside each of the few documents shown.
 * Ranking 200,000 pages to find 50 documents scored every page a common word appears on (nearly all of
 * them) and took hundreds of milliseconds; ranking 10,000 documents scores twenty times fewer rows.
 */
import type { Migration } from '../migrations.ts';

export const migration008: Migration = {
  version: 8,
  description: 'full-text index of each document as a whole, so search ranks documents rather than pages',
  // Contentless: the text is already stored once in pages, and snippets come from pages_fts. The row is
  // written by the code that writes a document's pages (one insert of the whole text, not one per page);
  // contentless_delete lets a document's row be removed by its id alone.
  sql: `
    CREATE VIRTUAL TABLE document_text_fts USING fts5(
      text, content = '', contentless_delete = 1,
      tokenize = 'porter unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER document_text_fts_delete AFTER DELETE ON documents BEGIN
      DELETE FROM document_text_fts WHERE rowid = old.id;
    END;

    -- Index the documents a version-7 library already holds.
    INSERT INTO document_text_fts (rowid, text)
    SELECT document_id, group_concat(text, char(10) ORDER BY page_index) FROM pages GROUP BY document_id;
  `,
};
