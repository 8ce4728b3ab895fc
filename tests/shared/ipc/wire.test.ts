import { describe, expect, it } from 'vitest';
import { decodeWire, encodeWire } from '../../../shared/ipc/wire.ts';

describe('the HTTP wire encoding', () => {
  it('writes byte arrays as standard base64, whatever their length and values', () => {
    const everyByte = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (let length = 0; length <= 256; length++) {
      const bytes = everyByte.subarray(256 - length);
      expect(encodeWire({ data: bytes })).toBe(JSON.stringify({ data: { $bytes: Buffer.from(bytes).toString('base64') } }));
    }
  });

  it('restores byte arrays, nested anywhere, and leaves everything else as JSON', () => {
    const value = { ok: true, value: { title: 'Budget £1.2m', pages: [1, 2], original: new Uint8Array([0, 127, 128, 255]) } };
    expect(decodeWire(encodeWire(value))).toEqual(value);
    expect(decodeWire(encodeWire([{ id: 1, title: 'No bytes here' }]))).toEqual([{ id: 1, title: 'No bytes here' }]);
  });

  it('treats "$bytes" as ordinary text where it is not the one key of an object', () => {
    const value = { note: '$bytes', extra: { $bytes: 'AAAA', other: 1 } };
    expect(decodeWire(encodeWire(value))).toEqual(value);
  });
});
