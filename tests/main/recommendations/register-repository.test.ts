import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../main/db/connection.ts';
import { deleteDocument, insertDocument } from '../../../main/db/documents.ts';
import { migrations } from '../../../main/db/migrations.ts';
import { getSettings, setUserName } from '../../../main/db/settings.ts';
import {
  addRecommendation,
  mergeRecommendations,
  splitRecommendation,
  updateRecommendation,
} from '../../../main/recommendations/register-changes.ts';
import { getRegisterEntry, listRegister, recommendationHistory } from '../../../main/recommendations/register-repository.ts';
import { lastUndoableChange, undoLastChange } from '../../../main/recommendations/undo.ts';
import { insertDocumentAtVersion1, newDocument } from '../../helpers/documents.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';

const RECOMMENDATIONS = [
  { text: 'That Cabinet approves the scheme.', pageIndex: 0 },
  { text: 'That the Director reports back in six months.', pageIndex: 1 },
  { text: 'That £1.2m is set aside for libraries.', pageIndex: 1 },
];

function count(db: Db, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe('migration 5 on an existing library', () => {
  const tempDir = useTempDir();

  it('turns every extracted recommendation into a proposed register row that keeps its original text', () => {
    const file = path.join(tempDir(), 'old.sqlite');
    const old = openDatabase(file, migrations.filter((m) => m.version <= 2));
    const id = insertDocumentAtVersion1(old, newDocument({ recommendations: RECOMMENDATIONS }));
    old.close();

    const db = openDatabase(file);
    const entries = listRegister(db);
    expect(entries.map((e) => [e.documentId, e.number, e.status, e.source, e.originalText === e.text])).toEqual([
      [id, 1, 'proposed', 'extracted', true],
      [id, 2, 'proposed', 'extracted', true],
      [id, 3, 'proposed', 'extracted', true],
    ]);
    // Rows already there are searchable straight away.
    expect(listRegister(db, 'libraries').map((e) => e.number)).toEqual([3]);
    db.close();
  });
});

describe('the register', () => {
  let db: Db;
  let documentId: number;
  const now = new Date('2026-03-12T10:00:00Z');

  beforeEach(() => {
    db = openDatabase(':memory:');
    documentId = insertDocument(db, newDocument({ recommendations: RECOMMENDATIONS }));
    setUserName(db, 'Sam Clerk');
  });
  afterEach(() => db.close());

  function entries() {
    return listRegister(db).map((e) => ({ id: e.id, number: e.number, text: e.text }));
  }

  it('gives newly imported recommendations their defaults, linked to report and page', () => {
    const [first] = listRegister(db);
    expect(first).toMatchObject({
      documentId,
      documentTitle: 'A report',
      committee: 'Cabinet',
      organisation: 'Gloucester City Council',
      number: 1,
      pageIndex: 0,
      status: 'proposed',
      originalText: 'That Cabinet approves the scheme.',
      decision: null,
      owner: null,
    });
  });

  it('records each edit with who, when and the values before and after, keeping the original text', () => {
    const id = listRegister(db)[0]!.id;
    const updated = updateRecommendation(
      db,
      id,
      { status: 'agreed-with-amendments', text: 'That Cabinet approves the amended scheme.', owner: 'Director of Finance' },
      now,
    );
    expect(updated).toMatchObject({
      status: 'agreed-with-amendments',
      text: 'That Cabinet approves the amended scheme.',
      originalText: 'That Cabinet approves the scheme.',
      owner: 'Director of Finance',
      updatedAt: now.toISOString(),
    });
    const [change] = recommendationHistory(db, id);
    expect(change).toMatchObject({ userName: 'Sam Clerk', action: 'edit', at: now.toISOString(), undone: false });
    expect(change!.fields.map((f) => [f.field, f.from, f.to])).toEqual([
      ['status', 'proposed', 'agreed-with-amendments'],
      ['text', 'That Cabinet approves the scheme.', 'That Cabinet approves the amended scheme.'],
      ['owner', null, 'Director of Finance'],
    ]);
  });

  it('describes a status change in words people use', () => {
    const id = listRegister(db)[1]!.id;
    updateRecommendation(db, id, { status: 'agreed' });
    expect(recommendationHistory(db, id)[0]!.description).toBe('Changed the status of recommendation 2 of “A report” from Proposed to Agreed');
  });

  it('writes no history for an edit that changes nothing', () => {
    const id = listRegister(db)[0]!.id;
    updateRecommendation(db, id, { status: 'proposed', owner: null });
    expect(recommendationHistory(db, id)).toEqual([]);
  });

  it('refuses changes until the user has a name, and stores nothing', () => {
    setUserName(db, '   ');
    expect(getSettings(db).userName).toBeNull();
    const id = listRegister(db)[0]!.id;
    expect(() => updateRecommendation(db, id, { status: 'agreed' })).toThrow(/Set your name/);
    expect(getRegisterEntry(db, id)!.status).toBe('proposed');
    expect(count(db, 'recommendation_changes')).toBe(0);
  });

  it('refuses an empty text and a status the register does not know, storing nothing', () => {
    const id = listRegister(db)[0]!.id;
    expect(() => updateRecommendation(db, id, { owner: 'Someone', text: '  ' })).toThrow(/cannot be empty/);
    expect(() => updateRecommendation(db, id, { status: 'maybe' as 'agreed' })).toThrow(/CHECK/);
    expect(getRegisterEntry(db, id)).toMatchObject({ owner: null, status: 'proposed' });
    expect(count(db, 'recommendation_changes')).toBe(0);
  });

  it('adds a recommendation by hand at the end of its report, with no original text', () => {
    const added = addRecommendation(db, { documentId, text: 'That members are briefed.', pageIndex: 1 }, now);
    expect(added).toMatchObject({ number: 4, source: 'manual', originalText: null, pageIndex: 1, status: 'proposed' });
    expect(recommendationHistory(db, added.id)[0]).toMatchObject({ action: 'add', description: 'Added recommendation 4 of “A report”' });
    expect(() => addRecommendation(db, { documentId, text: 'x', pageIndex: 9 })).toThrow(/past the end/);
    expect(() => addRecommendation(db, { documentId: 999, text: 'x', pageIndex: null })).toThrow(/not in the library/);
  });

  it('splits one recommendation into two, the new one straight after it, and undoes the split', () => {
    const [first, second] = listRegister(db);
    const [kept, created] = splitRecommendation(db, first!.id, 'That Cabinet approves', 'the scheme.', now);
    expect(kept).toMatchObject({ id: first!.id, number: 1, text: 'That Cabinet approves', originalText: first!.text });
    expect(created).toMatchObject({ number: 2, text: 'the scheme.', source: 'split', pageIndex: 0, originalText: null });
    expect(getRegisterEntry(db, second!.id)!.number).toBe(3);
    expect(recommendationHistory(db, created.id)[0]).toMatchObject({ action: 'split' });

    expect(undoLastChange(db)).toEqual({ description: 'Undid: Split recommendation 1 of “A report” into two' });
    expect(entries().map((e) => e.text)).toEqual(RECOMMENDATIONS.map((r) => r.text));
    expect(getRegisterEntry(db, created.id)).toBeNull();
  });

  it('merges two recommendations into the first, hides the second, and undo brings it back', () => {
    const [, second, third] = listRegister(db);
    const merged = mergeRecommendations(db, [third!.id, second!.id], 'Both together.', now);
    expect(merged).toMatchObject({ id: second!.id, number: 2, text: 'Both together.' });
    expect(entries().map((e) => e.number)).toEqual([1, 2]);
    expect(getRegisterEntry(db, third!.id)).toBeNull();
    expect(recommendationHistory(db, third!.id)[0]).toMatchObject({ action: 'merge' });

    undoLastChange(db);
    expect(entries().map((e) => e.text)).toEqual(RECOMMENDATIONS.map((r) => r.text));
    expect(recommendationHistory(db, second!.id).map((c) => [c.action, c.undone])).toEqual([
      ['undo', false],
      ['merge', true],
    ]);
  });

  it('refuses to merge across reports or a row with itself, storing nothing', () => {
    const other = insertDocument(db, newDocument({ title: 'Other', recommendations: [{ text: 'Elsewhere.', pageIndex: 0 }] }));
    const elsewhere = listRegister(db).find((e) => e.documentId === other)!;
    const mine = listRegister(db).find((e) => e.documentId === documentId)!;
    expect(() => mergeRecommendations(db, [mine.id, elsewhere.id], 'x')).toThrow(/same report/);
    expect(() => mergeRecommendations(db, [mine.id, mine.id], 'x')).toThrow(/two different/);
    expect(count(db, 'recommendation_changes')).toBe(0);
  });

  it('undoes changes newest first, one at a time, and says when nothing is left', () => {
    const id = listRegister(db)[0]!.id;
    updateRecommendation(db, id, { status: 'agreed' });
    updateRecommendation(db, id, { owner: 'Head of Revenues' });
    expect(lastUndoableChange(db)?.description).toMatch(/owner/);
    undoLastChange(db);
    expect(getRegisterEntry(db, id)).toMatchObject({ status: 'agreed', owner: null });
    undoLastChange(db);
    expect(getRegisterEntry(db, id)).toMatchObject({ status: 'proposed', owner: null });
    expect(undoLastChange(db)).toBeNull();
  });

  it('refuses to undo a change whose row has since been changed another way, and changes nothing', () => {
    const id = listRegister(db)[0]!.id;
    updateRecommendation(db, id, { status: 'agreed' });
    // Written outside the register's history, as another copy of the app or a repair might.
    db.prepare("UPDATE recommendations SET status = 'deferred' WHERE id = ?").run(id);
    const historyBefore = recommendationHistory(db, id);

    expect(() => undoLastChange(db)).toThrow(/cannot be undone: the recommendation has been changed since\.$/);
    expect(getRegisterEntry(db, id)).toMatchObject({ status: 'deferred' });
    expect(recommendationHistory(db, id)).toEqual(historyBefore);
  });

  it('undoes an addition by removing the row', () => {
    const added = addRecommendation(db, { documentId, text: 'Typed in.', pageIndex: null });
    undoLastChange(db);
    expect(getRegisterEntry(db, added.id)).toBeNull();
    expect(listRegister(db)).toHaveLength(3);
  });

  it('searches text, decision and response, and keeps the index in step with edits', () => {
    const [first, second] = listRegister(db);
    updateRecommendation(db, first!.id, { decision: 'Approved with a review of hardship payments' });
    updateRecommendation(db, second!.id, { response: 'Update due at the September meeting' });
    expect(listRegister(db, 'hardship').map((e) => e.id)).toEqual([first!.id]);
    expect(listRegister(db, 'septemb*').map((e) => e.id)).toEqual([second!.id]);
    expect(listRegister(db, 'approves').map((e) => e.id)).toEqual([first!.id]);
    updateRecommendation(db, first!.id, { decision: null });
    expect(listRegister(db, 'hardship')).toEqual([]);
    expect(listRegister(db, '"').length).toBe(0);
  });

  it('goes with its report when the report is deleted, and then offers no undo for it', () => {
    const id = listRegister(db)[0]!.id;
    updateRecommendation(db, id, { status: 'agreed' });
    deleteDocument(db, documentId);
    expect(listRegister(db)).toEqual([]);
    expect(lastUndoableChange(db)).toBeNull();
  });
});
