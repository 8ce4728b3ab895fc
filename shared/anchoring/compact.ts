/**
 * Whitespace-blind matching. The PDF text layer and the extractor split words into items differently,
 * so "spending gap" in one can be "spend ing gap" or "spendinggap" in the other; comparing the text with
 * all whitespace removed, then mapping back, finds the passage in both.
 */

interface CompactText {
  /** The text without whitespace. */
  compact: string;
  /** For each character of `compact`, its offset in the original. */
  origin: Uint32Array;
}

/** ASCII spaces are tested by code; anything else by the same rule as /\s/. */
function isWhitespace(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(text[at] as string);
}

function compactTextOf(text: string): CompactText {
  const origin = new Uint32Array(text.length);
  const runs: string[] = [];
  let length = 0;
  let runStart = -1;
  for (let i = 0; i < text.length; i++) {
    if (isWhitespace(text, i)) {
      if (runStart >= 0) runs.push(text.slice(runStart, i));
      runStart = -1;
    } else {
      if (runStart < 0) runStart = i;
      origin[length++] = i;
    }
  }
  if (runStart >= 0) runs.push(text.slice(runStart));
  return { compact: runs.join(''), origin: origin.subarray(0, length) };
}

/**
 * The last two long texts compacted. The reader matches every change of a selection against the whole
 * document's text: compacting a 1M-character paper takes about 20 ms, and it is the same text each time.
 * Short texts (a page, a line of the text layer) are quicker to compact than to keep, and kept they would
 * push the document out.
 */
const recent = new Map<string, CompactText>();
const RECENT_TEXTS = 2;
const KEPT_FROM_LENGTH = 100_000;

function compactText(text: string): CompactText {
  if (text.length < KEPT_FROM_LENGTH) return compactTextOf(text);
  let found = recent.get(text);
  if (found) recent.delete(text);
  else found = compactTextOf(text);
  recent.set(text, found);
  if (recent.size > RECENT_TEXTS) recent.delete(recent.keys().next().value as string);
  return found;
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
