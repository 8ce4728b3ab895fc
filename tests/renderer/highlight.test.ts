import { SNIPPET_MARK_END as END, SNIPPET_MARK_START as START } from '../../shared/domain.ts';
import { markMatches, splitSnippet, wordPattern } from '../../renderer/lib/highlight.ts';
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

describe('markMatches', () => {
  it('marks whole words starting with a term, ignoring case', () => {
    const runs = markMatches('Spending rose; the spend gap and suspended plans.', wordPattern(['spend']));
    expect(runs.filter((run) => run.marked).map((run) => run.text)).toEqual(['Spending', 'spend']);
  });

  it('treats terms as text, not as patterns', () => {
    const runs = markMatches('Costs (a+b) rose by 5.5 per cent', wordPattern(['a+b', '5.5']));
    expect(runs.filter((run) => run.marked).map((run) => run.text)).toEqual(['a+b', '5.5']);
  });

  it('matches letters outside English', () => {
    const runs = markMatches('Café Gwasanaethau Cymraeg', wordPattern(['café']));
    expect(runs.filter((run) => run.marked).map((run) => run.text)).toEqual(['Café']);
  });

  it('leaves the text whole when there is nothing to look for', () => {
    expect(markMatches('plain text', wordPattern([' ']))).toEqual([{ text: 'plain text', marked: false }]);
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
