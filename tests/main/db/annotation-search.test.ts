import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../../shared/domain.ts';
import { deleteAnnotation, saveAnnotation } from '../../../main/db/annotations.ts';
import { openDatabase, schemaVersion, type Db } from '../../../main/db/connection.ts';
import { deleteDocument, insertDocument } from '../../../main/db/documents.ts';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../main/db/migrations.ts';
import { searchLibrary } from '../../../main/db/search.ts';
import { insertDocumentAtVersion1, newDocument } from '../../helpers/documents.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { annotation, highlightOf } from '../annotations/fixtures.ts';

const marked = (word: string) => `${SNIPPET_MARK_START}${word}${SNIPPET_MARK_END}`;

describe('searching annotations', () => {
  let db: Db;
  let documentId: number;
  const pages = ['Introduction to the quarter.', 'Libraries face a shortfall of £1.2m next year.', 'Next steps.'];
  beforeEach(() => {
    db = openDatabase(':memory:');
    documentId = insertDocument(db, newDocument({ title: 'Budget monitoring', pages }));
  });
  afterEach(() => db.close());

  it('finds a document by a note on one of its passages, at that passage’s page, with the note marked', () => {
    const note = saveAnnotation(
      db,
      annotation(documentId, { target: highlightOf(pages, 'a shortfall of £1.2m', 1), note: 'Ask why the spending gap keeps growing', isQuestion: true }),
    );

    const [hit, ...rest] = searchLibrary(db, 'spending gap');

    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ documentId, title: 'Budget monitoring', pageIndex: 1, annotation: { id: note.id, isQuestion: true } });
    expect(hit?.snippet).toContain(`Ask why the ${marked('spending')} ${marked('gap')} keeps growing`);
  });

  it('shows the member’s annotation rather than the page when both match, and finds notes by their quote and tags', () => {
    const onPassage = saveAnnotation(db, annotation(documentId, { target: highlightOf(pages, 'a shortfall of £1.2m', 1) }));
    const tagged = saveAnnotation(db, annotation(documentId, { note: 'General worry', tags: ['libraries', 'overspend'] }));

    expect(searchLibrary(db, 'shortfall')).toMatchObject([{ documentId, pageIndex: 1, annotation: { id: onPassage.id } }]);
    expect(searchLibrary(db, 'shortfall')[0]?.snippet).toContain(marked('shortfall'));
    expect(searchLibrary(db, 'overspend')).toMatchObject([{ documentId, pageIndex: null, annotation: { id: tagged.id, isQuestion: false } }]);
    expect(searchLibrary(db, 'overspend')[0]?.snippet).toContain(marked('overspend'));
    // Without an annotation on it, the same page match shows the page.
    deleteAnnotation(db, onPassage.id);
    const [pageHit] = searchLibrary(db, 'shortfall');
    expect(pageHit).toMatchObject({ documentId, pageIndex: 1 });
    expect(pageHit?.annotation).toBeUndefined();
  });

  it('shows each document’s own note when notes in several documents match', () => {
    const other = insertDocument(db, newDocument({ title: 'Parks', pages: ['Play areas.'] }));
    saveAnnotation(db, annotation(documentId, { note: 'Overspend on libraries' }));
    saveAnnotation(db, annotation(other, { note: 'Overspend on play areas' }));
    const byId = new Map(searchLibrary(db, 'overspend').map((h) => [h.documentId, h.snippet]));
    expect(byId.get(documentId)).toContain('on libraries');
    expect(byId.get(other)).toContain('on play areas');
  });

  it('keeps the index right when a note or its tags are edited and when it is deleted', () => {
    const saved = saveAnnotation(db, annotation(documentId, { note: 'Ask about the spending gap', tags: ['finance'] }));
    expect(searchLibrary(db, 'spending')).toHaveLength(1);

    saveAnnotation(db, { ...saved, note: 'Ask about agency staff', tags: ['staffing'] });
    expect(searchLibrary(db, 'spending')).toEqual([]);
    expect(searchLibrary(db, 'finance')).toEqual([]);
    expect(searchLibrary(db, 'agency')).toMatchObject([{ documentId, annotation: { id: saved.id } }]);
    expect(searchLibrary(db, 'staffing')).toMatchObject([{ documentId, annotation: { id: saved.id } }]);

    deleteAnnotation(db, saved.id);
    expect(searchLibrary(db, 'agency')).toEqual([]);
    expect(searchLibrary(db, 'staffing')).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM annotation_search').get()).toEqual({ n: 0 });
  });

  it('forgets the notes of a deleted document', () => {
    saveAnnotation(db, annotation(documentId, { note: 'Remember the xyzzy figure', tags: ['plugh'] }));
    deleteDocument(db, documentId);
    expect(searchLibrary(db, 'xyzzy')).toEqual([]);
    expect(searchLibrary(db, 'plugh')).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM annotation_search').get()).toEqual({ n: 0 });
  });

  it('ranks a strong note match like a page match, so a paper only a note mentions still comes first when it matches better', () => {
    const other = insertDocument(
      db,
      newDocument({ title: 'Annual report', pages: ['Among many other things, agency costs.'.padEnd(2000, ' filler text')] }),
    );
    // bm25 weighs a word by how rare it is among the indexed rows, so the notes index needs a few notes to be fair.
    for (const note of ['Check the reserves', 'Compare with last year', 'Ask the portfolio holder']) {
      saveAnnotation(db, annotation(other, { note }));
    }
    saveAnnotation(db, annotation(documentId, { note: 'Agency staff, agency costs: agency spending keeps rising' }));
    expect(searchLibrary(db, 'agency').map((h) => h.documentId)).toEqual([documentId, other]);
  });
});

describe('migration 6 (annotation search)', () => {
  const tempDir = useTempDir();

  it('indexes the notes, quotes and tags a version-5 library already holds', () => {
    const file = path.join(tempDir(), 'v5.sqlite');
    const v5 = openDatabase(file, migrations.slice(0, 5));
    expect(schemaVersion(v5)).toBe(5);
    const pages = ['The quarter in brief.', 'Libraries face a shortfall of £1.2m.'];
    const id = insertDocumentAtVersion1(v5, newDocument({ title: 'Budget monitoring', pages }));
    const note = saveAnnotation(v5, annotation(id, { target: highlightOf(pages, 'a shortfall of £1.2m', 1), note: 'Ask about the spending gap', tags: ['libraries'] }));
    saveAnnotation(v5, annotation(id, { note: 'Whole paper: compare with Cabinet', tags: ['followup'] }));
    v5.close();

    const upgraded = openDatabase(file);
    expect(schemaVersion(upgraded)).toBe(LATEST_SCHEMA_VERSION);
    expect(searchLibrary(upgraded, 'spending gap')).toMatchObject([{ documentId: id, pageIndex: 1, annotation: { id: note.id } }]);
    expect(searchLibrary(upgraded, 'followup')).toMatchObject([{ documentId: id, pageIndex: null }]);
    expect(upgraded.prepare('SELECT count(*) AS n FROM annotation_search').get()).toEqual({ n: 2 });
    // The index agrees with its content table: FTS5's own check fails on any drift.
    expect(() => upgraded.prepare("INSERT INTO annotations_fts (annotations_fts) VALUES ('integrity-check')").run()).not.toThrow();
    upgraded.close();
  });
});
