/**
 * Turns what a person types into a safe FTS5 query. Every term is quoted, so punctuation such as
 * "S.106" or "-" can never be read as FTS5 syntax. Supported: plain words (all must match),
 * "exact phrases", prefixes ending in * (budg*), and OR between terms.
 */
const TOKEN = /"([^"]*)"?|(\S+)/g;

export function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** Letters and digits only count; a term of nothing but punctuation would match nothing useful. */
function hasWordCharacter(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** How a prefix becomes FTS5 query text: by default FTS5's own prefix query. */
export type PrefixQuery = (prefix: string) => string;
const nativePrefix: PrefixQuery = (prefix) => `${quote(prefix)}*`;

export function toFtsQuery(input: string, prefixQuery: PrefixQuery = nativePrefix): string | null {
  const parts = queryParts(input, prefixQuery);
  if (parts.length === 0) return null;
  // Written out: FTS5 takes two terms side by side as AND, but refuses a bracketed group beside a term.
  return parts.reduce((query, part, i) => (i === 0 ? part : `${query}${part === 'OR' || parts[i - 1] === 'OR' ? ' ' : ' AND '}${part}`));
}

/**
 * The same terms with any one of them enough: used to find the page to show inside a document that
 * holds all the words, but on different pages.
 */
export function toAnyTermFtsQuery(input: string, prefixQuery: PrefixQuery = nativePrefix): string | null {
  const terms = queryParts(input, prefixQuery).filter((part) => part !== 'OR');
  return terms.length > 0 ? terms.join(' OR ') : null;
}

/** The phrase, when the whole input is one quoted phrase; null otherwise. */
export function soleQuotedPhrase(input: string): string | null {
  const matches = [...input.matchAll(TOKEN)];
  const phrase = matches.length === 1 ? matches[0]?.[1] : undefined;
  return phrase !== undefined && hasWordCharacter(phrase) ? phrase.trim() : null;
}

/** Quoted terms, phrases and prefixes, with OR kept only between two terms. */
function queryParts(input: string, prefixQuery: PrefixQuery): string[] {
  const parts: string[] = [];
  for (const match of input.matchAll(TOKEN)) {
    const [, phrase, word] = match;
    if (phrase !== undefined) {
      if (hasWordCharacter(phrase)) parts.push(quote(phrase.trim()));
      continue;
    }
    if (word === undefined) continue;
    if (word === 'OR') {
      if (parts.length > 0 && parts.at(-1) !== 'OR') parts.push('OR');
      continue;
    }
    const isPrefix = word.endsWith('*');
    const stem = isPrefix ? word.replace(/\*+$/, '') : word;
    if (!hasWordCharacter(stem)) continue;
    parts.push(isPrefix ? prefixQuery(stem) : quote(stem));
  }
  while (parts.at(-1) === 'OR') parts.pop();
  return parts;
}
