/** Shapes of input that are valid but extreme: they must import, not stall or blow the stack. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../main/import/index.ts';
import { collectFiles } from '../../../main/library/collect-files.ts';
import { makePdf } from './fixtures.ts';

describe('extreme but valid input', () => {
  it('reads a PDF page made of twenty thousand tiny text items', { timeout: 60_000 }, async () => {
    const pdf = await makePdf((doc) => {
      doc.fontSize(2.5);
      for (let i = 0; i < 20_000; i++) doc.text(`w${i}`, 10 + (i % 125) * 4.6, 20 + Math.floor(i / 125) * 3.9, { lineBreak: false });
    });
    const imported = await importBytes(pdf, 'confetti.pdf');
    expect(imported.pages).toHaveLength(1);
    const text = imported.pages[0]?.text ?? '';
    expect(text).toContain('w0');
    expect(text).toContain('w19999');
  });

  it('walks a folder tree two hundred levels deep', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-deep-'));
    try {
      let dir = root;
      for (let depth = 0; depth < 200; depth++) dir = path.join(dir, `d${depth}`);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'paper.txt'), 'At the bottom.');
      expect(await collectFiles([root])).toEqual([{ file: path.join(dir, 'paper.txt') }]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
