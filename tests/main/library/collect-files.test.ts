import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../../../main/library/collect-files.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';

describe('collectFiles', () => {
  const tempDir = useTempDir();

  it('walks folders recursively in name order, skipping hidden entries and looping links', async () => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, 'b', 'deep'), { recursive: true });
    fs.mkdirSync(path.join(root, '.git'));
    fs.writeFileSync(path.join(root, 'a.pdf'), 'x');
    fs.writeFileSync(path.join(root, 'b', 'deep', 'c.md'), 'x');
    fs.writeFileSync(path.join(root, '.hidden.txt'), 'x');
    fs.writeFileSync(path.join(root, '.git', 'config'), 'x');
    fs.symlinkSync(root, path.join(root, 'b', 'loop'));
    fs.symlinkSync(path.join(root, 'a.pdf'), path.join(root, 'link-to-a.pdf'));
    fs.symlinkSync(path.join(root, 'missing.pdf'), path.join(root, 'dangling.pdf'));

    expect(await collectFiles([root])).toEqual([
      { file: path.join(root, 'a.pdf') },
      { file: path.join(root, 'b', 'deep', 'c.md') },
      { file: path.join(root, 'dangling.pdf'), error: 'the link points to nothing' },
      { file: path.join(root, 'link-to-a.pdf') },
    ]);
  });

  it('keeps named files in the order given and names missing ones', async () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'z.txt'), 'x');
    expect(await collectFiles([path.join(root, 'z.txt'), path.join(root, 'nope.pdf')])).toEqual([
      { file: path.join(root, 'z.txt') },
      { file: path.join(root, 'nope.pdf'), error: 'no such file or folder' },
    ]);
  });
});
