import { SNIPPET_MARK_END as END, SNIPPET_MARK_START as START } from '../../shared/domain.ts';
import { splitSnippet } from '../../renderer/lib/highlight.ts';
import { searchTerms } from '../../renderer/features/search/searchTerms.ts';

describe('splitSnippet', () => {
  it('separates marked matches from the text around them', () => {
    expect(splitSnippet(`the ${START}spending${END} gap in ${START}2024${END}`)).toEqual([
      { text: 'the ', marked: false },
      { text: 'spending', marked: true },
      { text: ' gap in ', marked: false },
      { text: '2024', marked: true },
    ]);
  });

  it('copes with a snippet cut in the middle of a match', () => {
    expect(splitSnippet(`ding${END} gap and the ${START}spen`)).toEqual([
      { text: 'ding gap and the ', marked: false },
      { text: 'spen', marked: true },
    ]);
  });

  it('returns nothing for an empty snippet', () => {
    expect(splitSnippet('')).toEqual([]);
  });
});

describe('searchTerms', () => {
  it('takes the query words, drops operators and single letters, and adds the forms the snippet matched', () => {
    expect(searchTerms('"spending gap" AND a Council', `the ${START}spent${END} money`)).toEqual([
      'spending',
      'gap',
      'council',
      'spent',
    ]);
  });

  it('keeps single digits, which people do search for', () => {
    expect(searchTerms('item 7')).toEqual(['item', '7']);
  });
});
