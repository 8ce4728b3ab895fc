/** The library: original files, documents, pages, sections, recommendations, settings. */
import type { Migration } from '../migrations.ts';

export const migration001: Migration = {
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
};
