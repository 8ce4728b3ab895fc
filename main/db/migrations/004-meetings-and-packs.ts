/** Meetings with their agendas, and the editions of the briefing packs built for them. */
import type { Migration } from '../migrations.ts';

export const migration004: Migration = {
  version: 4,
  description: 'meetings, agenda items and their documents, pack editions and where every pack page came from',
  // Positions are plain integers rewritten on reorder; lists are short, so renumbering them is cheap.
  // pack_pages keeps document ids without a foreign key: it records history, which must outlive a
  // document deleted later, because members' notes refer to the pack pages as they were printed.
  sql: `
    CREATE TABLE meetings (
      id           INTEGER PRIMARY KEY,
      organisation TEXT NOT NULL,
      committee    TEXT NOT NULL,
      title        TEXT NOT NULL,
      starts_at    TEXT NOT NULL,
      venue        TEXT NOT NULL DEFAULT '',
      created_at   TEXT NOT NULL
    ) STRICT;

    CREATE TABLE agenda_items (
      id         INTEGER PRIMARY KEY,
      meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      position   INTEGER NOT NULL,
      number     TEXT NOT NULL,
      title      TEXT NOT NULL,
      officer    TEXT NOT NULL DEFAULT '',
      notes      TEXT NOT NULL DEFAULT '',
      included   INTEGER NOT NULL DEFAULT 1 CHECK (included IN (0, 1))
    ) STRICT;
    CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, position);

    CREATE TABLE agenda_item_documents (
      id             INTEGER PRIMARY KEY,
      agenda_item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
      document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      role           TEXT NOT NULL CHECK (role IN ('report', 'article')),
      position       INTEGER NOT NULL,
      included       INTEGER NOT NULL DEFAULT 1 CHECK (included IN (0, 1)),
      UNIQUE (agenda_item_id, document_id)
    ) STRICT;

    CREATE TABLE meeting_documents (
      id          INTEGER PRIMARY KEY,
      meeting_id  INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      role        TEXT NOT NULL CHECK (role IN ('report', 'article')),
      position    INTEGER NOT NULL,
      included    INTEGER NOT NULL DEFAULT 1 CHECK (included IN (0, 1)),
      UNIQUE (meeting_id, document_id)
    ) STRICT;

    CREATE TABLE pack_editions (
      id           INTEGER PRIMARY KEY,
      meeting_id   INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      edition      INTEGER NOT NULL,
      built_at     TEXT NOT NULL,
      file_path    TEXT NOT NULL,
      byte_size    INTEGER NOT NULL,
      page_count   INTEGER NOT NULL,
      options_json TEXT NOT NULL,
      changes_json TEXT NOT NULL,
      UNIQUE (meeting_id, edition)
    ) STRICT;

    CREATE TABLE pack_pages (
      edition_id        INTEGER NOT NULL REFERENCES pack_editions(id) ON DELETE CASCADE,
      pack_index        INTEGER NOT NULL,
      label             TEXT NOT NULL,
      page_key          TEXT NOT NULL,
      part              TEXT NOT NULL,
      part_title        TEXT NOT NULL,
      agenda_item_id    INTEGER,
      document_id       INTEGER,
      source_page_index INTEGER,
      PRIMARY KEY (edition_id, pack_index)
    ) STRICT;
    CREATE INDEX pack_pages_document ON pack_pages (document_id, source_page_index);
  `,
};
