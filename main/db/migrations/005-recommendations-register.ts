/** The recommendations register: decisions and follow-up on each recommendation, its history, and search over it. */
import type { Migration } from '../migrations.ts';

export const migration005: Migration = {
  version: 5,
  description: 'recommendations register: status, decision, owner, due date, response, history, full-text search',
  // The register extends the existing recommendations table rather than copying it, so the importer keeps
  // inserting extracted rows exactly as before and each becomes a register row with status "proposed".
  // `position` orders a report's rows (a split piece goes between two others without renumbering them);
  // `ordinal` stays the unique insertion number it always was.
  sql: `
    ALTER TABLE recommendations ADD COLUMN source TEXT NOT NULL DEFAULT 'extracted'
      CHECK (source IN ('extracted', 'manual', 'split'));
    ALTER TABLE recommendations ADD COLUMN original_text TEXT;
    ALTER TABLE recommendations ADD COLUMN status TEXT NOT NULL DEFAULT 'proposed'
      CHECK (status IN ('proposed', 'agreed', 'agreed-with-amendments', 'deferred', 'rejected', 'noted', 'withdrawn'));
    ALTER TABLE recommendations ADD COLUMN decision TEXT;
    ALTER TABLE recommendations ADD COLUMN decision_date TEXT;
    ALTER TABLE recommendations ADD COLUMN owner TEXT;
    ALTER TABLE recommendations ADD COLUMN due_date TEXT;
    ALTER TABLE recommendations ADD COLUMN response TEXT;
    ALTER TABLE recommendations ADD COLUMN position REAL;
    ALTER TABLE recommendations ADD COLUMN split_from INTEGER REFERENCES recommendations(id) ON DELETE SET NULL;
    ALTER TABLE recommendations ADD COLUMN merged_into INTEGER REFERENCES recommendations(id) ON DELETE SET NULL;
    ALTER TABLE recommendations ADD COLUMN updated_at TEXT;

    UPDATE recommendations SET original_text = text, position = ordinal;

    -- The importer inserts only text and page; this fills in what the register needs for each new extracted row.
    CREATE TRIGGER recommendations_register_defaults AFTER INSERT ON recommendations
    WHEN new.position IS NULL OR (new.source = 'extracted' AND new.original_text IS NULL)
    BEGIN
      UPDATE recommendations SET
        position = coalesce(new.position, new.ordinal),
        original_text = CASE WHEN new.source = 'extracted' THEN coalesce(new.original_text, new.text) ELSE new.original_text END
      WHERE id = new.id;
    END;

    -- One row per change a person makes (or undoes); its fields say what each recommendation was before and after.
    CREATE TABLE recommendation_changes (
      id          INTEGER PRIMARY KEY,
      at          TEXT NOT NULL,
      user_name   TEXT NOT NULL,
      action      TEXT NOT NULL CHECK (action IN ('add', 'edit', 'split', 'merge', 'undo')),
      description TEXT NOT NULL,
      undone_by   INTEGER REFERENCES recommendation_changes(id)
    ) STRICT;

    CREATE TABLE recommendation_change_fields (
      id                INTEGER PRIMARY KEY,
      change_id         INTEGER NOT NULL REFERENCES recommendation_changes(id) ON DELETE CASCADE,
      recommendation_id INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
      field             TEXT NOT NULL,
      old_value         TEXT,
      new_value         TEXT
    ) STRICT;
    CREATE INDEX recommendation_change_fields_by_recommendation ON recommendation_change_fields (recommendation_id);
    CREATE INDEX recommendation_change_fields_by_change ON recommendation_change_fields (change_id);

    CREATE VIRTUAL TABLE recommendations_fts USING fts5(
      text, decision, response, content = 'recommendations', content_rowid = 'id',
      tokenize = 'porter unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER recommendations_fts_insert AFTER INSERT ON recommendations BEGIN
      INSERT INTO recommendations_fts (rowid, text, decision, response) VALUES (new.id, new.text, new.decision, new.response);
    END;
    CREATE TRIGGER recommendations_fts_delete AFTER DELETE ON recommendations BEGIN
      INSERT INTO recommendations_fts (recommendations_fts, rowid, text, decision, response)
      VALUES ('delete', old.id, old.text, old.decision, old.response);
    END;
    CREATE TRIGGER recommendations_fts_update AFTER UPDATE OF text, decision, response ON recommendations BEGIN
      INSERT INTO recommendations_fts (recommendations_fts, rowid, text, decision, response)
      VALUES ('delete', old.id, old.text, old.decision, old.response);
      INSERT INTO recommendations_fts (rowid, text, decision, response) VALUES (new.id, new.text, new.decision, new.response);
    END;

    INSERT INTO recommendations_fts (recommendations_fts) VALUES ('rebuild');
  `,
};
