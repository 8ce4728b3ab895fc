/**
 * Removes inline Markdown so block text reads as the author meant it: links keep their words, images
 * go, emphasis and code markers disappear. Code spans are kept verbatim, since `a_b*c` inside them is
 * literal text, not emphasis.
 */

const IMAGE = /!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]/g;
const INLINE_LINK = /\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const REFERENCE_LINK = /\[([^\]]+)\]\[[^\]]*\]/g;
const AUTOLINK = /<((?:https?|mailto|ftp):[^>\s]+)>/gi;
const STAR_STRONG = /\*\*(?=\S)([\s\S]*?\S)\*\*/g;
/** Underscores inside words (snake_case, Summary__RS__data) are not emphasis, so they need a non-word edge. */
const UNDERSCORE_STRONG = /(?<![\p{L}\p{N}_])__(?=\S)([\s\S]*?\S)__(?![\p{L}\p{N}_])/gu;
const UNDERSCORE_EMPHASIS = /(?<![\p{L}\p{N}_])_(?=\S)([\s\S]*?\S)_(?![\p{L}\p{N}_])/gu;
const STAR_EMPHASIS = /\*(?=\S)([\s\S]*?\S)\*/g;
const STRIKETHROUGH = /~~(?=\S)([\s\S]*?\S)~~/g;
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!|~<>])/g;
/**
 * Escaped characters are parked in the private-use area while markup is removed, so `\*` is never
 * read as emphasis, and put back at the end. U+F000 + code never occurs in real text.
 */
const PARKED = /[\uF000-\uF07F]/g;
const PARK_BASE = 0xf000;
const CODE_SPAN = /(`+)([\s\S]*?[^`])\1(?!`)/g;

function stripOutsideCode(text: string): string {
  return text
    .replace(IMAGE, '')
    .replace(INLINE_LINK, '$1')
    .replace(REFERENCE_LINK, '$1')
    .replace(AUTOLINK, '$1')
    .replace(STAR_STRONG, '$1')
    .replace(UNDERSCORE_STRONG, '$1')
    .replace(UNDERSCORE_EMPHASIS, '$1')
    .replace(STAR_EMPHASIS, '$1')
    .replace(STRIKETHROUGH, '$1');
}

/** Plain text of a line (or joined lines) of Markdown. */
export function stripInlineMarkdown(markdown: string): string {
  const text = markdown.replace(ESCAPED, (_, char: string) => String.fromCharCode(PARK_BASE + char.charCodeAt(0)));
  let plain = '';
  let last = 0;
  for (const match of text.matchAll(CODE_SPAN)) {
    plain += stripOutsideCode(text.slice(last, match.index)) + (match[2] ?? '').trim();
    last = match.index + match[0].length;
  }
  plain += stripOutsideCode(text.slice(last));
  return plain.replace(PARKED, (char) => String.fromCharCode(char.charCodeAt(0) - PARK_BASE));
}
