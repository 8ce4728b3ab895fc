/** Small text functions every extractor shares. */

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Joins wrapped lines into one string. A line ending in a hyphen before a lower-case word was broken
 * inside a hyphenated word ("re-" / "phasing"), so the hyphen stays and no space is added; council
 * papers are typed in word processors that do not hyphenate, so the hyphen is real.
 */
export function joinLines(lines: string[]): string {
  let joined = '';
  for (const raw of lines) {
    const line = collapse(raw);
    if (!line) continue;
    if (!joined) joined = line;
    else if (/\p{L}-$/u.test(joined) && /^\p{Ll}/u.test(line)) joined += line;
    else joined += ` ${line}`;
  }
  return joined;
}

export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with', 'upon']);

/** "CABINET COMMITTEE – GROUP COMPANY" -> "Cabinet Committee – Group Company"; short acronyms are kept. */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(' ')
    .map((word, index) => {
      if (index > 0 && SMALL_WORDS.has(word)) return word;
      return word.replace(/\p{L}/u, (first) => first.toUpperCase());
    })
    .join(' ');
}

/** Title case for text set in capitals, unchanged otherwise. */
export function unshout(text: string): string {
  return isAllCaps(text) ? titleCase(text) : text;
}

/** Trims list markers, stray punctuation and dashes from the ends of a value. */
export function trimValue(text: string): string {
  return collapse(text)
    .replace(/^[\s:;,.\-–—]+/, '')
    .replace(/[\s:;,\-–—]+$/, '')
    .trim();
}
