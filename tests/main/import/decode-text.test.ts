import { decodeText } from '../../../main/import/decode-text.ts';
import { utf8 } from './fixtures.ts';

function utf16(text: string, byteOrder: 'le' | 'be'): Uint8Array {
  const bytes = [byteOrder === 'le' ? 0xff : 0xfe, byteOrder === 'le' ? 0xfe : 0xff];
  for (const char of text) {
    const code = char.charCodeAt(0);
    const [high, low] = [code >> 8, code & 0xff];
    bytes.push(...(byteOrder === 'le' ? [low, high] : [high, low]));
  }
  return new Uint8Array(bytes);
}

describe('decodeText', () => {
  it('reads UTF-8 and drops a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('£63m – “gap”')]);
    expect(decodeText(bytes)).toBe('£63m – “gap”');
  });

  it('reads UTF-16 in both byte orders when a byte-order mark says so', () => {
    expect(decodeText(utf16('Council £5', 'le'))).toBe('Council £5');
    expect(decodeText(utf16('Council £5', 'be'))).toBe('Council £5');
  });

  it('falls back to windows-1252 when the bytes are not valid UTF-8', () => {
    // 0xA3 is "£" and 0x93/0x94 are curly quotes in windows-1252; alone they are invalid UTF-8.
    const bytes = new Uint8Array([0xa3, 0x35, 0x20, 0x93, 0x68, 0x69, 0x94]);
    expect(decodeText(bytes)).toBe('£5 “hi”');
  });

  it('normalises Windows and old Mac line endings to \\n', () => {
    expect(decodeText(utf8('one\r\ntwo\rthree\n'))).toBe('one\ntwo\nthree\n');
  });
});
