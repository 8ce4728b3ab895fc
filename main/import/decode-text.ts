/**
 * Bytes -> string for the text-based formats. Files arrive from every kind of editor and web browser,
 * so the byte-order mark is trusted first, then strict UTF-8, and anything that is not valid UTF-8 is
 * read as windows-1252: it maps every byte to a character, and it is what older Windows tools wrote.
 */

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** The encoding a byte-order mark declares, if the bytes start with one. */
export function encodingFromBom(bytes: Uint8Array): TextEncodingName | null {
  if (startsWith(bytes, UTF8_BOM)) return 'utf-8';
  if (startsWith(bytes, UTF16LE_BOM)) return 'utf-16le';
  if (startsWith(bytes, UTF16BE_BOM)) return 'utf-16be';
  return null;
}

function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes a text file and normalises its line endings to "\n". A byte-order mark is dropped. */
export function decodeText(bytes: Uint8Array): string {
  const declared = encodingFromBom(bytes);
  // TextDecoder removes the BOM itself when it matches the encoding being decoded.
  const text = declared
    ? new TextDecoder(declared).decode(bytes)
    : (decodeStrictUtf8(bytes) ?? new TextDecoder('windows-1252').decode(bytes));
  return text.replace(/\r\n?/g, '\n');
}
