/** Annotations with their tags, where each reader left off, and earlier versions of replaced documents. */
import type { Migration } from '../migrations.ts';

export const migration003: Migration = {
  version: 3,
  description: 'annotations and tags, reading positions, document versions',
  // The anchor is kept as JSON: it is written and read whole, never queried inside, and its shape is
  // shared with the renderer. Position columns are copied out of it so lists sort in SQL.
  // A replaced document keeps its id (agenda items, packs and notes refer to it); the files of its
  // earlier versions stay in `files`, listed in document_versions, and go with the document.
  sql: `
    CREATE TABLE annotations (
      id          TEXT PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      target      TEXT NOT NULL CHECK (target IN ('text', 'page', 'document')),
      anchor_json TEXT,
      page_index  INTEGER,
      text_start  INTEGER,
      colour      TEXT NOT NULL,
      note        TEXT NOT NULL DEFAULT '',
      is_question INTEGER NOT NULL DEFAULT 0 CHECK (is_question IN (0, 1)),
      orphaned    INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1)),
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL,
      CHECK ((target = 'text') = (anchor_json IS NOT NULL))
    ) STRICT;
    CREATE INDEX annotations_by_document ON annotations (document_id, page_index, text_start);

    CREATE TABLE annotation_tags (
      annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
      tag           TEXT NOT NULL,
      PRIMARY KEY (annotation_id, tag)
    ) STRICT;
    CREATE INDEX annotation_tags_by_tag ON annotation_tags (tag);

    CREATE TABLE reading_positions (
      document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
      page_index  INTEGER NOT NULL,
      page_offset REAL NOT NULL,
      zoom        TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    ) STRICT;

    CREATE TABLE document_versions (
      id          INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      version     INTEGER NOT NULL,
      file_sha256 TEXT NOT NULL REFERENCES files(sha256),
      file_name   TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      replaced_at TEXT NOT NULL,
      UNIQUE (document_id, version)
    ) STRICT;

    -- An earlier version's file goes when nothing refers to it any more.
    CREATE TRIGGER document_versions_release_file AFTER DELETE ON document_versions BEGIN
      DELETE FROM files WHERE sha256 = old.file_sha256
        AND NOT EXISTS (SELECT 1 FROM documents WHERE file_sha256 = old.file_sha256)
        AND NOT EXISTS (SELECT 1 FROM document_versions WHERE file_sha256 = old.file_sha256);
    END;
  `,
};
