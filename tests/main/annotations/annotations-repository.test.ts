import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  deleteAnnotation,
  getReadingPosition,
  listAnnotations,
  listTags,
  saveAnnotation,
  saveReadingPosition,
} from '../../../main/db/annotations.ts';
import { openDatabase, type Db } from '../../../main/db/connection.ts';
import { deleteDocument, insertDocument } from '../../../main/db/documents.ts';
import { newDocument } from '../../helpers/documents.ts';
import { annotation, highlightOf } from './fixtures.ts';

const PAGES = ['Introduction to the budget.', 'The spending gap for libraries is £1.2m in 2026/27. Options follow.'];

describe('annotation repository', () => {
  let db: Db;
  let documentId: number;
  beforeEach(() => {
    db = openDatabase(':memory:');
    documentId = insertDocument(db, newDocument({ title: 'Budget report', pages: PAGES }));
  });
  afterEach(() => db.close());

  it('stores a highlight with its anchor, note, question flag and tags, and reads it back whole', () => {
    const input = annotation(documentId, {
      target: highlightOf(PAGES, 'spending gap for libraries', 1),
      colour: 'green',
      note: 'Ask how the gap is to be closed.',
      isQuestion: true,
      tags: ['finance', 'libraries'],
    });
    const saved = saveAnnotation(db, input, new Date('2026-03-01T10:00:00Z'));
    expect(saved).toMatchObject({ ...input, createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z' });
    expect(listAnnotations(db, { documentId })).toEqual([{ ...saved, documentTitle: 'Budget report' }]);
  });

  it('updates in place on a second save, keeping when it was created', () => {
    const input = annotation(documentId, { note: 'first' });
    saveAnnotation(db, input, new Date('2026-03-01T10:00:00Z'));
    const updated = saveAnnotation(db, { ...input, note: 'second', tags: ['x'] }, new Date('2026-03-02T10:00:00Z'));
    expect(updated).toMatchObject({ note: 'second', tags: ['x'], createdAt: '2026-03-01T10:00:00.000Z' });
    expect(listAnnotations(db)).toHaveLength(1);
  });

  it('lists by position: document notes, then each page with its page notes before its passages', () => {
    const onPage1 = saveAnnotation(db, annotation(documentId, { target: highlightOf(PAGES, 'Options follow', 1) }));
    const earlierOnPage1 = saveAnnotation(db, annotation(documentId, { target: highlightOf(PAGES, 'spending gap', 1) }));
    const page1Note = saveAnnotation(db, annotation(documentId, { target: { type: 'page', pageIndex: 1 } }));
    const page0 = saveAnnotation(db, annotation(documentId, { target: highlightOf(PAGES, 'budget', 0) }));
    const whole = saveAnnotation(db, annotation(documentId));
    expect(listAnnotations(db, { documentId }).map((a) => a.id)).toEqual([
      whole.id,
      page0.id,
      page1Note.id,
      earlierOnPage1.id,
      onPage1.id,
    ]);
  });

  it('filters by tag, colour, questions and document', () => {
    const other = insertDocument(db, newDocument({ title: 'Another', pages: ['Other text.'] }));
    saveAnnotation(db, annotation(documentId, { tags: ['finance'], colour: 'blue' }));
    saveAnnotation(db, annotation(documentId, { isQuestion: true, tags: ['housing'] }));
    saveAnnotation(db, annotation(other, { tags: ['finance'] }));
    expect(listAnnotations(db, { tag: 'finance' })).toHaveLength(2);
    expect(listAnnotations(db, { colour: 'blue' })).toHaveLength(1);
    expect(listAnnotations(db, { questionsOnly: true }).map((a) => a.tags)).toEqual([['housing']]);
    expect(listAnnotations(db, { documentId: other })).toHaveLength(1);
    expect(listTags(db)).toEqual(['finance', 'housing']);
  });

  it('filters by meeting through the agenda', () => {
    const other = insertDocument(db, newDocument({ title: 'Not on the agenda', pages: ['x'] }));
    saveAnnotation(db, annotation(documentId, { note: 'on agenda' }));
    saveAnnotation(db, annotation(other, { note: 'elsewhere' }));
    const meetingId = Number(
      db
        .prepare(
          "INSERT INTO meetings (organisation, committee, title, starts_at, created_at) VALUES ('C', 'Scrutiny', 'M', '2026-03-01', '2026-01-01')",
        )
        .run().lastInsertRowid,
    );
    db.prepare("INSERT INTO meeting_documents (meeting_id, document_id, role, position) VALUES (?, ?, 'report', 0)").run(
      meetingId,
      documentId,
    );
    expect(listAnnotations(db, { meetingId }).map((a) => a.note)).toEqual(['on agenda']);
  });

  it('refuses a note for a document that is not there, storing nothing', () => {
    expect(() => saveAnnotation(db, annotation(9999))).toThrow(/not in the library/);
    expect(listAnnotations(db)).toEqual([]);
  });

  it('refuses to move an annotation to another document by reusing its id', () => {
    const other = insertDocument(db, newDocument({ title: 'Another', pages: ['Other.'] }));
    const input = annotation(documentId, { note: 'mine' });
    saveAnnotation(db, input);
    expect(() => saveAnnotation(db, { ...input, documentId: other, note: 'hijack' })).toThrow(/another document/);
    expect(listAnnotations(db).map((a) => [a.documentId, a.note])).toEqual([[documentId, 'mine']]);
  });

  it('deletes one annotation, and a document takes its annotations with it', () => {
    const a = saveAnnotation(db, annotation(documentId));
    saveAnnotation(db, annotation(documentId, { tags: ['t'] }));
    expect(deleteAnnotation(db, a.id)).toBe(true);
    expect(deleteAnnotation(db, a.id)).toBe(false);
    deleteDocument(db, documentId);
    expect(listAnnotations(db)).toEqual([]);
    expect(listTags(db)).toEqual([]);
  });

  it('remembers where the reader left off', () => {
    expect(getReadingPosition(db, documentId)).toBeNull();
    saveReadingPosition(db, documentId, { pageIndex: 12, pageOffset: 0.4, zoom: 'fit-width' });
    saveReadingPosition(db, documentId, { pageIndex: 13, pageOffset: 0.25, zoom: 1.5 });
    expect(getReadingPosition(db, documentId)).toEqual({ pageIndex: 13, pageOffset: 0.25, zoom: 1.5 });
  });
});
