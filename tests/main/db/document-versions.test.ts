import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../main/db/connection.ts';
import { findEarlierVersion, type PaperIdentity } from '../../../main/db/document-versions.ts';
import { insertDocument } from '../../../main/db/documents.ts';
import { newDocument } from '../../helpers/documents.ts';

describe('findEarlierVersion', () => {
  let db: Db;
  let id: number;
  const paper: PaperIdentity = { kind: 'report', title: 'Budget Monitoring Report', committee: 'Cabinet', date: '2026-03-11' };
  beforeEach(() => {
    db = openDatabase(':memory:');
    id = insertDocument(db, newDocument({ title: 'Budget  monitoring\nreport', committee: 'cabinet', date: '2026-03-11' }));
  });
  afterEach(() => db.close());

  it('matches ignoring case and runs of whitespace, and when either paper has no date', () => {
    expect(findEarlierVersion(db, paper)).toBe(id);
    expect(findEarlierVersion(db, { ...paper, date: null })).toBe(id);
  });

  it('does not match another date, committee or kind, or a paper without a committee', () => {
    expect(findEarlierVersion(db, { ...paper, date: '2026-06-10' })).toBeNull();
    expect(findEarlierVersion(db, { ...paper, committee: 'Council' })).toBeNull();
    expect(findEarlierVersion(db, { ...paper, kind: 'article' })).toBeNull();
    expect(findEarlierVersion(db, { ...paper, committee: null })).toBeNull();
  });

  it('does not guess between several papers it could be a version of', () => {
    insertDocument(db, newDocument({ title: 'Budget Monitoring Report', committee: 'Cabinet', date: null, pages: ['Other.'] }));
    expect(findEarlierVersion(db, paper)).toBeNull();
  });
});
