/**
 * Adjacent words of which at least one is among the commonest in English ("of the", "units the",
 * "is being"), each pair written as one token for the common-pair index (migration 009).
 *
 * FTS5 answers a phrase by reading where each of its words occurs. "the" and "of" occur hundreds of times
 * in every paper, so ranking 10,000 papers for "of the" meant reading millions of positions (over 100 ms
 * at 200,000 pages, against 11 ms for the pair as one token). Pairs without a common word are left out:
 * their words are rare enough for the word index, and leaving them out keeps this index about as large as
 * a tenth of the library.
 *
 * The common word leads each token, so the index's stemmer, which works on a token's end, stems the other
 * word: "the councils" and "the council" both become the_council. A common word after the other word is
 * marked by a double underscore: "units the" is the__units.
 */

/**
 * Function words: articles, prepositions, conjunctions, pronouns and auxiliary verbs. A fixed list, since
 * the index and every query must agree on it; changing it means indexing every paper again.
 */
const COMMON_WORDS = new Set(
  `a about after against all also am among an and any are as at be been before being between but by can
   could did do does during each for from had has have having he her him his how i if in into is it its
   may me might must my no nor not of on onto or our over shall she should so some such than that the
   their them then there these they this those through to under upon us was we were what when where which
   who whom whose will with within without would you your`.split(/\s+/),
);

/**
 * The words of a text as the index's tokenizer (unicode61) finds them: runs of letters, digits and
 * private-use characters. PDF symbol fonts put bullets in the private-use area, and the tokenizer counts
 * them as words, so a bullet between two words keeps them from being a pair.
 */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}\p{Co}]+/gu) ?? [];
}

function pairToken(first: string, second: string): string | null {
  if (COMMON_WORDS.has(first)) return `${first}_${second}`;
  if (COMMON_WORDS.has(second)) return `${second}__${first}`;
  return null;
}

/** The tokens of every common pair in a list of words, in order. */
function pairTokens(words: string[]): string[] {
  const tokens: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const token = pairToken(words[i - 1] as string, words[i] as string);
    if (token) tokens.push(token);
  }
  return tokens;
}

/** What the common-pair index holds for a paper's text. */
export function commonPairsText(text: string): string {
  return pairTokens(wordsOf(text)).join(' ');
}

/**
 * The common-pair index query for a phrase: all of its common pairs. Null when the phrase has none. For a
 * phrase of two words the pair is the phrase; a longer one can hold all its pairs without holding them in
 * sequence, so its matches are candidates to check against the word index.
 */
export function commonPairsQuery(phrase: string): { query: string; exact: boolean } | null {
  const words = wordsOf(phrase);
  const tokens = pairTokens(words);
  if (tokens.length === 0) return null;
  return { query: tokens.map((t) => `"${t}"`).join(' '), exact: words.length === 2 };
}
