/** Full-text search over members' annotations: their notes, the passages they quote and their tags. */
import type { Migration } from '../migrations.ts';

export const migration006: Migration = {
  version: 6,
  description: 'full-text search over annotation notes, quotes and tags, kept in sync by triggers',
  // An external-content FTS5 index needs rowids that never change. Annotation ids are text, so the
  // annotations table only has an implicit rowid, which VACUUM may renumber; and the quote sits inside
  // anchor_json while the tags live in annotation_tags. annotation_search therefore holds, for each
  // annotation, exactly the text the index covers under its own INTEGER PRIMARY KEY, and triggers on
  // annotations and annotation_tags keep it current. Tags are joined by spaces: each is a word to find.
  sql: `
    CREATE TABLE annotation_search (
      id            INTEGER PRIMARY KEY,
      annotation_id TEXT NOT NULL UNIQUE,
      note          TEXT NOT NULL,
      quote         TEXT NOT NULL,
      tags          TEXT NOT NULL
    ) STRICT;

    CREATE VIRTUAL TABLE annotations_fts USING fts5(
      note, quote, tags, content = 'annotation_search', content_rowid = 'id',
      tokenize = 'porter unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER annotation_search_fts_insert AFTER INSERT ON annotation_search BEGIN
      INSERT INTO annotations_fts (rowid, note, quote, tags) VALUES (new.id, new.note, new.quote, new.tags);
    END;
    CREATE TRIGGER annotation_search_fts_delete AFTER DELETE ON annotation_search BEGIN
      INSERT INTO annotations_fts (annotations_fts, rowid, note, quote, tags)
      VALUES ('delete', old.id, old.note, old.quote, old.tags);
    END;
    CREATE TRIGGER annotation_search_fts_update AFTER UPDATE ON annotation_search BEGIN
      INSERT INTO annotations_fts (annotations_fts, rowid, note, quote, tags)
      VALUES ('delete', old.id, old.note, old.quote, old.tags);
      INSERT INTO annotations_fts (rowid, note, quote, tags) VALUES (new.id, new.note, new.quote, new.tags);
    END;

    CREATE TRIGGER annotations_search_insert AFTER INSERT ON annotations BEGIN
      INSERT INTO annotation_search (annotation_id, note, quote, tags)
      VALUES (new.id, new.note, coalesce(json_extract(new.anchor_json, '$.quote.exact'), ''),
        coalesce((SELECT group_concat(tag, ' ') FROM annotation_tags WHERE annotation_id = new.id), ''));
    END;
    CREATE TRIGGER annotations_search_update AFTER UPDATE OF note, anchor_json ON annotations BEGIN
      UPDATE annotation_search SET note = new.note, quote = coalesce(json_extract(new.anchor_json, '$.quote.exact'), '')
      WHERE annotation_id = new.id;
    END;
    -- A trigger rather than a foreign key, so the index follows even on a connection with foreign keys off.
    CREATE TRIGGER annotations_search_delete AFTER DELETE ON annotations BEGIN
      DELETE FROM annotation_search WHERE annotation_id = old.id;
    END;

    CREATE TRIGGER annotation_tags_search_insert AFTER INSERT ON annotation_tags BEGIN
      UPDATE annotation_search
      SET tags = coalesce((SELECT group_concat(tag, ' ') FROM annotation_tags WHERE annotation_id = new.annotation_id), '')
      WHERE annotation_id = new.annotation_id;
    END;
    CREATE TRIGGER annotation_tags_search_delete AFTER DELETE ON annotation_tags BEGIN
      UPDATE annotation_search
      SET tags = coalesce((SELECT group_concat(tag, ' ') FROM annotation_tags WHERE annotation_id = old.annotation_id), '')
      WHERE annotation_id = old.annotation_id;
    END;
    CREATE TRIGGER annotation_tags_search_update AFTER UPDATE ON annotation_tags BEGIN
      UPDATE annotation_search
      SET tags = coalesce((SELECT group_concat(tag, ' ') FROM annotation_tags WHERE annotation_id = old.annotation_id), '')
      WHERE annotation_id = old.annotation_id;
      UPDATE annotation_search
      SET tags = coalesce((SELECT group_concat(tag, ' ') FROM annotation_tags WHERE annotation_id = new.annotation_id), '')
      WHERE annotation_id = new.annotation_id;
    END;

    -- Index the annotations a version-5 library already holds (the insert trigger above indexes each row).
    INSERT INTO annotation_search (annotation_id, note, quote, tags)
    SELECT a.id, a.note, coalesce(json_extract(a.anchor_json, '$.quote.exact'), ''),
      coalesce((SELECT group_concat(tag, ' ') FROM annotation_tags t WHERE t.annotation_id = a.id), '')
    FROM annotations a;
  `,
};
