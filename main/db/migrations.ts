/**
 * Numbered schema migrations. The database's PRAGMA user_version is the number of the last one
 * applied. A migration is never edited once shipped: changes come as a new, higher number.
 */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    description: 'library: original files, documents, pages, sections, recommendations, settings',
    sql: `
      CREATE TABLE files (
        sha256      TEXT PRIMARY KEY,
        byte_size   INTEGER NOT NULL,
        data        BLOB NOT NULL,
        stored_at   TEXT NOT NULL
      ) STRICT;

      CREATE TABLE documents (
        id           INTEGER PRIMARY KEY,
        file_sha256  TEXT NOT NULL UNIQUE REFERENCES files(sha256),
        file_name    TEXT NOT NULL,
        format       TEXT NOT NULL CHECK (format IN ('pdf', 'docx', 'html', 'markdown', 'text')),
        kind         TEXT NOT NULL CHECK (kind IN ('report', 'article')),
        title        TEXT NOT NULL,
        date         TEXT,
        organisation TEXT,
        committee    TEXT,
        author       TEXT,
        page_count   INTEGER NOT NULL,
        imported_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE pages (
        id          INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        page_index  INTEGER NOT NULL,
        text        TEXT NOT NULL,
        UNIQUE (document_id, page_index)
      ) STRICT;

      CREATE TABLE sections (
        id          INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ordinal     INTEGER NOT NULL,
        heading     TEXT NOT NULL,
        page_index  INTEGER NOT NULL,
        UNIQUE (document_id, ordinal)
      ) STRICT;

      CREATE TABLE recommendations (
        id          INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ordinal     INTEGER NOT NULL,
        text        TEXT NOT NULL,
        page_index  INTEGER,
        UNIQUE (document_id, ordinal)
      ) STRICT;

      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
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
  },
];

export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;
