/**
 * A third full-text index, one row per document, holding each pair of adjacent words of which one is
 * among the commonest in English, as a single token (see common-word-pairs.ts). A phrase such as "of the"
 * is then one short list to read instead of every position of both words.
 */
import type { Migration } from '../migrations.ts';

export const migration009: Migration = {
  version: 9,
  description: 'index of adjacent word pairs that include a common word, so phrases of common words rank quickly',
  // Contentless like document_text_fts, written by the same code. The underscore is a token character, so
  // a pair stays one token and the stemmer works on its end. The papers a library already holds are
  // indexed in the background after it opens (common-pair-backfill.ts): about 6 s for a year's papers,
  // a minute for ten, too long to keep the window from opening.
  sql: `
    CREATE VIRTUAL TABLE document_pairs_fts USING fts5(
      pairs, content = '', contentless_delete = 1,
      tokenize = "porter unicode61 remove_diacritics 2 tokenchars '_'"
    );
    CREATE TRIGGER document_pairs_fts_delete AFTER DELETE ON documents BEGIN
      DELETE FROM document_pairs_fts WHERE rowid = old.id;
    END;
  `,
};
