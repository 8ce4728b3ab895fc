/**
 * Whitespace-blind matching. The PDF text layer and the extractor split words into items differently,
 * so "spending gap" in one can be "spend ing gap" or "spendinggap" in the other; comparing the text with
 * all whitespace removed, then mapping back, finds the passage in both.
 */

export interface CompactText {
  /** The text without whitespace. */
  compact: string;
  /** For each character of `compact`, its offset in the original. */
  origin: number[];
}

export function compactText(text: string): CompactText {
  let compact = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) continue;
    compact += ch;
    origin.push(i);
  }
  return { compact, origin };
}

export function stripWhitespace(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Every [start, end) range of `text` whose non-whitespace characters spell `needle`'s. */
export function findIgnoringWhitespace(text: string, needle: string): { start: number; end: number }[] {
  const wanted = stripWhitespace(needle);
  if (!wanted) return [];
  const { compact, origin } = compactText(text);
  const found: { start: number; end: number }[] = [];
  for (let at = compact.indexOf(wanted); at !== -1; at = compact.indexOf(wanted, at + 1)) {
    found.push({ start: origin[at] as number, end: (origin[at + wanted.length - 1] as number) + 1 });
  }
  return found;
}
