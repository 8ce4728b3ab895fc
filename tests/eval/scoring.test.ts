import { authorScore, headingKey, listF1, normalise, recommendationKey, scoreDocument, summarise, type KeyedDocument } from './scoring.ts';

const blank: KeyedDocument = {
  kind: 'report', title: null, date: null, organisation: null, committee: null, author: null, recommendations: [], headings: [],
};

describe('normalise', () => {
  it('unifies dashes, quotes and whitespace after NFKC', () => {
    expect(normalise('  Group\u00a0Company \u2013 “Risk”  O’Brien ')).toBe('Group Company - "Risk" O\'Brien');
  });
});

describe('listF1', () => {
  it('scores two empty lists as a full match and one empty list as none', () => {
    expect(listF1([], [], normalise)).toBe(1);
    expect(listF1(['a'], [], normalise)).toBe(0);
    expect(listF1([], ['a'], normalise)).toBe(0);
  });

  it('counts repeated items as a multiset', () => {
    expect(listF1(['Apologies', 'Apologies'], ['Apologies'], headingKey)).toBeCloseTo(2 / 3);
  });

  it('ignores case and trailing punctuation of recommendations', () => {
    expect(listF1(['Note the report;'], ['note the report'], recommendationKey)).toBe(1);
  });

  it('ignores a trailing colon in headings', () => {
    expect(headingKey('Purpose of report:')).toBe(headingKey('PURPOSE OF REPORT'));
  });
});

describe('authorScore', () => {
  it('accepts any one expected name', () => {
    expect(authorScore('Ann Lee; Bo Khan', 'bo khan')).toBe(1);
    expect(authorScore('Ann Lee', 'Bo Khan')).toBe(0);
  });

  it('scores a missing author against no answer as correct', () => {
    expect(authorScore(null, null)).toBe(1);
    expect(authorScore(null, 'Ann Lee')).toBe(0);
  });
});

describe('scoreDocument and summarise', () => {
  it('compares titles without case but committees with it', () => {
    const scores = scoreDocument({ ...blank, title: 'Budget', committee: 'Cabinet' }, { ...blank, title: 'BUDGET', committee: 'CABINET' });
    expect(scores.title).toBe(1);
    expect(scores.committee).toBe(0);
  });

  it('averages every field of every document', () => {
    const perfect = scoreDocument(blank, blank);
    const summary = summarise([perfect, { ...perfect, title: 0 }]);
    expect(summary.perField.title).toBe(0.5);
    expect(summary.overall).toBeCloseTo((7 + 0.5) / 8);
  });
});
