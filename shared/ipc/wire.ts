/**
 * JSON encoding for the HTTP transport. Electron IPC clones Uint8Array natively; JSON cannot, so byte
 * arrays travel as {"$bytes": base64} and are restored on the other side.
 */
const BYTES_KEY = '$bytes';
const BASE64_DIGITS = Uint8Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', (c) => c.charCodeAt(0));
const BASE64_PAD = '='.charCodeAt(0);

/**
 * Base64 written digit by digit into a byte array and decoded as ASCII in one go. The usual route,
 * String.fromCharCode over chunks and then btoa, took a quarter of a second for a 4 MB PDF in Node,
 * and shared code cannot use Node's Buffer.
 */
function bytesToBase64(bytes: Uint8Array): string {
  const digit = (sextet: number) => BASE64_DIGITS[sextet & 63] as number;
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const triple = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out[o++] = digit(triple >> 18);
    out[o++] = digit(triple >> 12);
    out[o++] = digit(triple >> 6);
    out[o++] = digit(triple);
  }
  const left = bytes.length - i;
  if (left > 0) {
    const triple = ((bytes[i] as number) << 16) | (left === 2 ? (bytes[i + 1] as number) << 8 : 0);
    out[o++] = digit(triple >> 18);
    out[o++] = digit(triple >> 12);
    out[o++] = left === 2 ? digit(triple >> 6) : BASE64_PAD;
    out[o++] = BASE64_PAD;
  }
  return new TextDecoder().decode(out);
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Whether a byte array sits anywhere inside the value. */
function containsBytes(value: unknown): boolean {
  if (value instanceof Uint8Array) return true;
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(containsBytes);
  for (const key in value) if (containsBytes((value as Record<string, unknown>)[key])) return true;
  return false;
}

export function encodeWire(value: unknown): string {
  // A replacer is called back for every key and value: on a first, cold call for a 10,000-document library
  // list that took 100-180 ms against about 10 ms without one, so it is only used when there are bytes.
  if (!containsBytes(value)) return JSON.stringify(value);
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? { [BYTES_KEY]: bytesToBase64(v) } : v));
}

/** How the marker key appears in encodeWire's output; JSON.stringify never escapes any of its characters. */
const BYTES_KEY_IN_JSON = JSON.stringify(BYTES_KEY);

export function decodeWire(text: string): unknown {
  // A reviver makes JSON.parse roughly ten times slower (about 100 ms for a 10,000-document library list),
  // so it is only used when the text holds byte arrays at all.
  if (!text.includes(BYTES_KEY_IN_JSON)) return JSON.parse(text);
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v);
      const encoded = (v as Record<string, unknown>)[BYTES_KEY];
      if (keys.length === 1 && typeof encoded === 'string') return base64ToBytes(encoded);
    }
    return v;
  });
}
