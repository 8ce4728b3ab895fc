import { describe, expect, it } from 'vitest';
import { ParsePool } from '../../../main/library/parse-pool.ts';

const text = (s: string) => new TextEncoder().encode(s);

describe('ParsePool', () => {
  it('parses files in worker threads and returns text and extraction', async () => {
    const pool = new ParsePool(2);
    try {
      const [a, b] = await Promise.all([
        pool.parse({ bytes: text('# Budget\n\nThe spending gap.'), fileName: 'a.md' }),
        pool.parse({ bytes: text('Plain notes.'), fileName: 'b.txt' }),
      ]);
      expect(a).toMatchObject({ ok: true, parsed: { format: 'markdown' } });
      expect(b).toMatchObject({ ok: true, parsed: { format: 'text', pages: ['Plain notes.'] } });
    } finally {
      await pool.close();
    }
  });

  it('warms its workers on the warm-up PDF without mixing that up with files sent meanwhile', async () => {
    const pool = new ParsePool(2);
    try {
      const warming = pool.warm();
      // Both workers are busy warming, so this waits for one and must get its own answer, not the warm-up's.
      const file = pool.parse({ bytes: text('# Budget\n\nThe spending gap.'), fileName: 'a.md' });
      await warming;
      expect(await file).toMatchObject({ ok: true, parsed: { format: 'markdown', pages: [expect.stringContaining('spending gap')] } });
      // Warm already: nothing more to start, so it resolves at once and later files still parse.
      await pool.warm();
      expect(await pool.parse({ bytes: text('Plain notes.'), fileName: 'b.txt' })).toMatchObject({ ok: true, parsed: { pages: ['Plain notes.'] } });
    } finally {
      await pool.close();
    }
    await pool.warm();
  });

  it('stops a file that takes too long, reports it, and keeps working', async () => {
    // 100,000 nested elements keep the HTML parser busy for several times the 2 s allowed here.
    const deep = text(`<!doctype html><html><body>${'<div>'.repeat(100_000)}x</body></html>`);
    const pool = new ParsePool(1, 2_000);
    try {
      const slow = await pool.parse({ bytes: deep, fileName: 'deep.html' });
      expect(slow).toEqual({ ok: false, error: 'reading the file took longer than 2 seconds, so it was stopped' });
      const next = await pool.parse({ bytes: text('still fine'), fileName: 'next.txt' });
      expect(next).toMatchObject({ ok: true, parsed: { pages: ['still fine'] } });
    } finally {
      await pool.close();
    }
  });

  it('answers pending work with a cancellation when closed', async () => {
    const pool = new ParsePool(1);
    const pending = pool.parse({ bytes: text('x'), fileName: 'x.txt' });
    const queued = pool.parse({ bytes: text('y'), fileName: 'y.txt' });
    await pool.close();
    expect(await queued).toEqual({ ok: false, error: 'the import was cancelled' });
    expect(await pending).toEqual({ ok: false, error: 'the import was cancelled' });
  });
});
