/** Full-text search over page text and document metadata, kept in sync by triggers. */
import type { Migration } from '../migrations.ts';

export const migration002: Migration = {
  version: 2,
  description: 'full-text search over page text and document metadata, kept in sync by triggers',
  // External-content FTS5 tables hold only the index; the text stays in pages/documents once.
  // Porter stemming lets "spending" find "spend"; diacritics are folded so "Ysgol" finds "Ysgôl".
  sql: `
    CREATE VIRTUAL TABLE pages_fts USING fts5(
      text, content = 'pages', content_rowid = 'id',
      tokenize = 'porter unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER pages_fts_insert AFTER INSERT ON pages BEGIN
      INSERT INTO pages_fts (rowid, text) VALUES (new.id, new.text);
    END;
    CREATE TRIGGER pages_fts_delete AFTER DELETE ON pages BEGIN
      INSERT INTO pages_fts (pages_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END;
    CREATE TRIGGER pages_fts_update AFTER UPDATE OF text ON pages BEGIN
      INSERT INTO pages_fts (pages_fts, rowid, text) VALUES ('delete', old.id, old.text);
      INSERT INTO pages_fts (rowid, text) VALUES (new.id, new.text);
    END;

    CREATE VIRTUAL TABLE documents_fts USING fts5(
      title, organisation, committee, author, content = 'documents', content_rowid = 'id',
      tokenize = 'porter unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
      INSERT INTO documents_fts (rowid, title, organisation, committee, author)
      VALUES (new.id, new.title, new.organisation, new.committee, new.author);
    END;
    CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
      INSERT INTO documents_fts (documents_fts, rowid, title, organisation, committee, author)
      VALUES ('delete', old.id, old.title, old.organisation, old.committee, old.author);
    END;
    CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, organisation, committee, author ON documents BEGIN
      INSERT INTO documents_fts (documents_fts, rowid, title, organisation, committee, author)
      VALUES ('delete', old.id, old.title, old.organisation, old.committee, old.author);
      INSERT INTO documents_fts (rowid, title, organisation, committee, author)
      VALUES (new.id, new.title, new.organisation, new.committee, new.author);
    END;

    -- Index whatever a version-1 library already holds.
    INSERT INTO pages_fts (pages_fts) VALUES ('rebuild');
    INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
  `,
};
