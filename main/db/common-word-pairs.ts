/**
 * Adjacent words of which at least one is among the commonest in English ("of the", "units the",
 * "is being"), each pair written as one token for the common-pair index (migration 009).
 *
 * FTS5 answers a phrase by reading where each of its words occurs. "the" and "of" occur hundreds of times
 * in every paper, so ranking 10,000 papers for "of the" meant reading millions of positions (over 100 ms
 * at 200,000 pages, against 11 ms for the pair as one token). Pairs without a common word are left out:
 * their words are rare enough for the word index, and leaving them out keeps this index to about a tenth
 * of the library's size.
 *
 * The common word leads each token, so the index's stemmer, which works on a token's end, stems the other
 * word: "the councils" and "the council" both become the_council. A common word after the other word is
 * marked by a double underscore: "units the" is the__units.
 */

/**
 * Function words (articles, prepositions, conjunctions, pronouns, auxiliary verbs), each with the stem the
 * word index's tokenizer gives it. A pair is written with the stem, so it agrees with the word index where
 * that index takes two words as one: "being considered" and "be considered" are one phrase to both, as
 * are "use of" and "using of" (use, used and using all stem to "us"). A fixed list, since the index and
 * every query must agree on it: changing it means indexing every paper again. A test checks each stem
 * against the tokenizer.
 */
export const COMMON_WORD_STEMS: ReadonlyMap<string, string> = new Map(
  `a about after against all also am among an and any:ani are:ar as at be been before:befor being:be between but by
   can could did do does:doe doing:do during:dure each for from had has:ha have having:have he her him his:hi how
   i if in into is it its:it may:mai me might must my no nor not of on one:on ones:on onto or our over shall she
   should so some such than that the their them then there these they:thei this:thi those through to under upon
   us use:us used:us useful:us uses:us using:us was:wa we were what when where which who whom whose will
   willing:will with within without would you your yours:your`
    .split(/\s+/)
    .map((entry) => {
      const [word, stem = word] = entry.split(':') as [string, string?];
      return [word, stem];
    }),
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
  const firstStem = COMMON_WORD_STEMS.get(first);
  if (firstStem !== undefined) return `${firstStem}_${second}`;
  const secondStem = COMMON_WORD_STEMS.get(second);
  return secondStem === undefined ? null : `${secondStem}__${first}`;
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
 * The common-pair index query for a phrase: all of its common pairs; null when it has none. The index
 * finds papers that hold them all, which the phrase's papers do; each is then checked against the word
 * index, since the pairs can be apart, and the stemmer, working on a whole pair, can take two different
 * pairs for one ("the rates" and "the rats").
 */
export function commonPairsQuery(phrase: string): string | null {
  const tokens = pairTokens(wordsOf(phrase));
  return tokens.length === 0 ? null : tokens.map((t) => `"${t}"`).join(' ');
}
