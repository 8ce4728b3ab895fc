import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../../shared/domain.ts';
import { openDatabase, type Db } from '../../../main/db/connection.ts';
import { replaceDocumentContent } from '../../../main/db/document-versions.ts';
import { deleteDocument, insertDocument } from '../../../main/db/documents.ts';
import { searchLibrary } from '../../../main/db/search.ts';
import { newDocument } from '../../helpers/documents.ts';

const marked = (word: string) => `${SNIPPET_MARK_START}${word}${SNIPPET_MARK_END}`;

describe('searchLibrary', () => {
  let db: Db;
  beforeEach(() => {
    db = openDatabase(':memory:');
  });
  afterEach(() => db.close());

  it('opens each document at the first page holding the whole query, with a marked snippet', () => {
    const id = insertDocument(
      db,
      newDocument({
        title: 'Budget monitoring',
        pages: ['Introduction to the quarter.', 'Libraries face a spending gap of £1.2m.', 'The spending gap grows: spending gap again.'],
      }),
    );
    const [hit, ...rest] = searchLibrary(db, 'spending gap');
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ documentId: id, title: 'Budget monitoring', pageIndex: 1 });
    expect(hit?.snippet).toContain(marked('spending'));
    expect(hit?.snippet).toContain(marked('gap'));
  });

  it('ranks the document that matches more strongly first', () => {
    insertDocument(db, newDocument({ title: 'Passing mention', pages: ['Among many other things, libraries.'.padEnd(2000, ' filler text')] }));
    insertDocument(db, newDocument({ title: 'Library strategy', pages: ['Libraries, libraries and library opening hours.'] }));
    expect(searchLibrary(db, 'libraries').map((h) => h.title)).toEqual(['Library strategy', 'Passing mention']);
  });

  it('still finds other documents when one long report holds all the best pages', () => {
    const longReport = insertDocument(
      db,
      newDocument({ title: 'Long report', pages: Array.from({ length: 120 }, (_, i) => `Reserves, reserves and reserves, page ${i + 1}.`) }),
    );
    const passing = insertDocument(
      db,
      newDocument({ title: 'Passing mention', pages: ['Among many other things, reserves.'.padEnd(2000, ' filler text')] }),
    );
    const hits = searchLibrary(db, 'reserves', 2);
    expect(hits.map((h) => h.documentId)).toEqual([longReport, passing]);
    expect(hits[1]?.pageIndex).toBe(0);
  });

  it('finds a document whose words are on different pages, opening where the first of them is', () => {
    const id = insertDocument(db, newDocument({ pages: ['Contents.', 'Library opening hours.', 'A budget for next year.'] }));
    insertDocument(db, newDocument({ title: 'Other', pages: ['Only the budget here.'] }));
    const hits = searchLibrary(db, 'library budget');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ documentId: id, pageIndex: 1 });
    expect(hits[0]?.snippet).toContain(marked('Library'));
  });

  it('opens a prefix match at the first matching page of each document', () => {
    const first = insertDocument(db, newDocument({ title: 'One', pages: ['Nothing here.', 'Nor here.', 'Agreements signed.'] }));
    const second = insertDocument(db, newDocument({ title: 'Two', pages: ['An agreed plan.', 'Agreement again.'] }));
    const byId = new Map(searchLibrary(db, 'agree*').map((h) => [h.documentId, h]));
    expect(byId.get(first)).toMatchObject({ pageIndex: 2 });
    expect(byId.get(first)?.snippet).toContain(marked('Agreements'));
    expect(byId.get(second)).toMatchObject({ pageIndex: 0 });
    expect(byId.get(second)?.snippet).toContain(marked('agreed'));
  });

  it('finds the first matching page even when thousands of earlier pages match too', () => {
    const long = insertDocument(db, newDocument({ title: 'Long', pages: Array.from({ length: 6_000 }, (_, i) => `Council minutes ${i}.`) }));
    const short = insertDocument(db, newDocument({ title: 'Short', pages: ['Nothing.', 'Also nothing.', 'The council agreed.'] }));
    const byId = new Map(searchLibrary(db, 'council').map((h) => [h.documentId, h]));
    expect(byId.get(long)).toMatchObject({ pageIndex: 0 });
    expect(byId.get(short)).toMatchObject({ pageIndex: 2 });
  });

  it('searches the new text of a replaced document and forgets the old', () => {
    const id = insertDocument(db, newDocument({ pages: ['Draft wording about moorland.'] }));
    replaceDocumentContent(db, id, newDocument({ pages: ['Final wording about woodland.'] }));
    expect(searchLibrary(db, 'moorland')).toEqual([]);
    expect(searchLibrary(db, 'woodland')).toMatchObject([{ documentId: id, pageIndex: 0 }]);
  });

  it('stems words and folds accents', () => {
    insertDocument(db, newDocument({ title: 'Welsh schools', pages: ['Ysgôl Gymraeg spending plans.'] }));
    expect(searchLibrary(db, 'spend')).toHaveLength(1);
    expect(searchLibrary(db, 'ysgol')).toHaveLength(1);
  });

  it('matches titles and committees even when no page mentions the words', () => {
    const id = insertDocument(db, newDocument({ title: 'Resource Requirements', committee: 'Cabinet', pages: ['Nothing relevant.'] }));
    const hits = searchLibrary(db, 'resource requirements');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ documentId: id, pageIndex: null });
    expect(hits[0]?.snippet).toBe(`${marked('Resource')} ${marked('Requirements')}`);
  });

  it('takes each hit’s snippet from its own page or title, for words, phrases and prefixes', () => {
    const fire = insertDocument(db, newDocument({ title: 'Fire risk', pages: ['Intro.', 'Moorland fire risk rose sharply.'] }));
    const grazing = insertDocument(db, newDocument({ title: 'Grazing', pages: ['Moorland grazing licences were renewed.'] }));
    const cabinetA = insertDocument(db, newDocument({ title: 'Cabinet budget outturn', pages: ['Nothing relevant.'] }));
    const cabinetB = insertDocument(db, newDocument({ title: 'Cabinet housing plan', pages: ['Nothing relevant.'] }));
    for (const query of ['moorland', '"moorland fire"', 'moorl*']) {
      const byId = new Map(searchLibrary(db, query).map((h) => [h.documentId, h.snippet]));
      expect(byId.get(fire), query).toContain('risk rose sharply');
      if (query !== '"moorland fire"') expect(byId.get(grazing), query).toContain('licences were renewed');
    }
    const titles = new Map(searchLibrary(db, 'cabinet').map((h) => [h.documentId, h.snippet]));
    expect(titles.get(cabinetA)).toBe(`${marked('Cabinet')} budget outturn`);
    expect(titles.get(cabinetB)).toBe(`${marked('Cabinet')} housing plan`);
  });

  it('finds a phrase of common words exactly, stemmed, and checks a longer phrase word by word', () => {
    const together = insertDocument(db, newDocument({ title: 'A', pages: ['The cost of the scheme rose.', 'Ask the councils.'] }));
    const apart = insertDocument(db, newDocument({ title: 'B', pages: ['The cost of living rose.', 'Of the options, the scheme failed.'] }));
    const noPhrase = insertDocument(db, newDocument({ title: 'C', pages: ['The lion of Judah, the cost.'] }));
    const ids = (query: string) => searchLibrary(db, query).map((h) => h.documentId).sort();

    expect(ids('"cost of"')).toEqual([together, apart]);
    expect(ids('"of the"')).toEqual([together, apart]);
    expect(ids('"the council"')).toEqual([together]);
    // B holds "cost of", "of the" and "the scheme", but never "cost of the scheme".
    expect(ids('"cost of the scheme"')).toEqual([together]);
    expect(ids('"the lion of"')).toEqual([noPhrase]);
    // One pair to the stemmer, two phrases to a reader: only the paper with the phrase asked for.
    const rates = insertDocument(db, newDocument({ title: 'D', pages: ['Ask about the rates.'] }));
    const rats = insertDocument(db, newDocument({ title: 'E', pages: ['Ask about the rats.'] }));
    expect(ids('"the rats"')).toEqual([rats]);
    expect(ids('"the rates"')).toEqual([rates]);
    // Two forms of one word to the word index are one to the pairs too.
    const being = insertDocument(db, newDocument({ title: 'F', pages: ['The plan is being considered.'] }));
    expect(ids('"be considered"')).toEqual([being]);
    expect(searchLibrary(db, '"cost of the scheme"')[0]).toMatchObject({ documentId: together, pageIndex: 0 });
  });

  it('finds the words that begin with a prefix, whatever stemming does to the prefix', () => {
    const titles = ['Opening hours', 'Housing targets', 'A new playground', 'The plain truth', 'Players and plays', 'Constraints', 'Confidential item'];
    for (const title of titles) insertDocument(db, newDocument({ title, pages: [`${title}.`] }));
    const found = (query: string) => searchLibrary(db, query).map((h) => h.title).sort();

    // Stemmed, hous* would be hou* and find "hours"; play* would be plai* and find "plain" but not "player".
    expect(found('hous*')).toEqual(['Housing targets']);
    expect(found('play*')).toEqual(['A new playground', 'Players and plays']);
    expect(found('cons*')).toEqual(['Constraints']);
    expect(found('hour*')).toEqual(['Opening hours']);
    expect(searchLibrary(db, 'hous* targets')[0]?.snippet).toContain(marked('Housing'));
  });

  it('supports phrases, prefixes and punctuation without FTS syntax errors', () => {
    insertDocument(db, newDocument({ title: 'Planning', pages: ['A Section 106 agreement (S.106) under 15/AP/5125.'] }));
    expect(searchLibrary(db, '"section 106 agreement"')).toHaveLength(1);
    expect(searchLibrary(db, '"agreement section"')).toHaveLength(0);
    expect(searchLibrary(db, 'agree*')).toHaveLength(1);
    expect(searchLibrary(db, '15/AP/5125')).toHaveLength(1);
    expect(searchLibrary(db, 'S.106 (')).toHaveLength(1);
    expect(searchLibrary(db, '')).toEqual([]);
  });

  it('forgets deleted documents', () => {
    const id = insertDocument(db, newDocument({ title: 'Gone', pages: ['unique-word-xyzzy'] }));
    deleteDocument(db, id);
    expect(searchLibrary(db, 'xyzzy')).toEqual([]);
    expect(db.prepare("SELECT count(*) FROM document_text_fts WHERE document_text_fts MATCH 'xyzzy'").pluck().get()).toBe(0);
    expect(searchLibrary(db, 'gone')).toEqual([]);
  });

  it('honours the limit', () => {
    for (let i = 0; i < 5; i++) insertDocument(db, newDocument({ title: `Paper ${i}`, pages: [`council tax ${i}`] }));
    expect(searchLibrary(db, 'council', 3)).toHaveLength(3);
  });
});
