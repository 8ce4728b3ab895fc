/**
 * Mutated copies of valid PDF, Word and HTML files (bit flips, truncations, spliced and repeated
 * chunks) must each get a verdict: imported, or refused with a reason. Nothing may crash the process
 * or hang. Bounded: a fixed seed, a fixed number of files, and the pool's per-file time limit.
 */
import { describe, expect, it } from 'vitest';
import { ParsePool } from '../../../main/library/parse-pool.ts';
import { makeDocx, makePdf, utf8 } from './fixtures.ts';

const MUTANTS_PER_FORMAT = 40;
const PER_FILE_LIMIT_MS = 20_000;

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function mutate(original: Uint8Array, random: () => number): Uint8Array {
  const bytes = new Uint8Array(original);
  const at = () => Math.floor(random() * bytes.length);
  switch (Math.floor(random() * 4)) {
    case 0: // flip a handful of bits
      for (let i = 0; i < 1 + Math.floor(random() * 16); i++) {
        const index = at();
        bytes[index] = (bytes[index] as number) ^ (1 << Math.floor(random() * 8));
      }
      return bytes;
    case 1: // cut short
      return bytes.slice(0, at());
    case 2: {
      // splice a chunk from one place over another
      const from = at();
      const length = Math.min(256, bytes.length - from);
      bytes.set(bytes.slice(from, from + length), Math.max(0, at() - length));
      return bytes;
    }
    default: {
      // repeat a chunk many times, as a crafted file might to blow up a parser
      const from = at();
      const chunk = bytes.slice(from, from + 64);
      const parts = [bytes.slice(0, from), ...Array.from({ length: 200 }, () => chunk), bytes.slice(from)];
      const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let offset = 0;
      for (const part of parts) {
        out.set(part, offset);
        offset += part.length;
      }
      return out;
    }
  }
}

describe('importing mutated files', () => {
  it('gives every mutant a verdict without crashing or hanging', { timeout: 300_000 }, async () => {
    const originals: Record<string, Uint8Array> = {
      pdf: await makePdf((doc) => {
        doc.fontSize(18).text('Budget Monitoring Report').moveDown();
        doc.fontSize(11).text('Recommendations\n1. That Cabinet notes the forecast overspend of £1.2m.');
        doc.addPage().text('Appendix A: figures by service.');
      }),
      docx: await makeDocx([
        { text: 'Purpose of Report', style: 'Heading1' },
        { text: 'To set out the options for library opening hours.' },
        { text: 'Option one', style: 'ListBullet' },
      ]),
      html: utf8(
        '<!doctype html><html><head><title>Council tax rises</title><meta property="og:site_name" content="Echo"></head>' +
          '<body><article><h1>Council tax rises</h1><p>Bills will rise by 4.99% from April.</p><ul><li>Band D £2,100</li></ul></article></body></html>',
      ),
    };
    const random = seededRandom(8);
    const pool = new ParsePool(2, PER_FILE_LIMIT_MS);
    const verdicts: Record<string, { imported: number; refused: number }> = {};
    const reasons = new Set<string>();
    try {
      for (const [format, original] of Object.entries(originals)) {
        const mutants = Array.from({ length: MUTANTS_PER_FORMAT }, () => mutate(original, random));
        const responses = await Promise.all(mutants.map((bytes, i) => pool.parse({ bytes, fileName: `mutant-${i}.${format}` })));
        verdicts[format] = { imported: 0, refused: 0 };
        for (const response of responses) {
          if (response.ok) {
            verdicts[format].imported++;
            expect(Array.isArray(response.parsed.pages)).toBe(true);
          } else {
            verdicts[format].refused++;
            // A reason in words, never an empty message or a stack trace.
            expect(response.error).toMatch(/\w{3,}/);
            expect(response.error).not.toMatch(/\n\s+at /);
            reasons.add(response.error.replace(/\d+/g, 'N').slice(0, 90));
          }
        }
      }
    } finally {
      await pool.close();
    }
    for (const counts of Object.values(verdicts)) expect(counts.imported + counts.refused).toBe(MUTANTS_PER_FORMAT);
    console.log('verdicts on mutated files:', JSON.stringify(verdicts), '\nreasons given:', [...reasons].join('\n  '));
  });
});
