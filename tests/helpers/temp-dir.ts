/** A fresh temporary folder per test, removed afterwards. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

export function useTempDir(prefix = 'briefing-test-'): () => string {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    dir = null;
  });
  return () => {
    dir ??= fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    return dir;
  };
}
