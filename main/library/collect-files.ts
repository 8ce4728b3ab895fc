/**
 * Expands the paths a user names (files and folders, folders recursively) into the files to import.
 * Hidden files and folders are skipped, as are folder symlinks (they can loop). A path that cannot be
 * read becomes a failed entry with the reason instead of stopping the batch.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

export type CollectedPath = { file: string } | { file: string; error: string };

const isHidden = (name: string) => name.startsWith('.');

async function walk(dir: string, out: CollectedPath[]): Promise<void> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    out.push({ file: dir, error: `cannot open the folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  for (const entry of entries) {
    if (isHidden(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, out);
    else if (entry.isFile()) out.push({ file: full });
    else if (entry.isSymbolicLink()) {
      const target = await fs.stat(full).catch(() => null);
      if (target?.isFile()) out.push({ file: full });
      else if (!target) out.push({ file: full, error: 'the link points to nothing' });
    }
  }
}

export async function collectFiles(paths: readonly string[]): Promise<CollectedPath[]> {
  const out: CollectedPath[] = [];
  for (const p of paths) {
    const stat = await fs.stat(p).catch((error: NodeJS.ErrnoException) => error);
    if (stat instanceof Error) {
      out.push({ file: p, error: stat.code === 'ENOENT' ? 'no such file or folder' : `cannot read it: ${stat.code ?? stat.message}` });
    } else if (stat.isDirectory()) {
      await walk(p, out);
    } else {
      out.push({ file: p });
    }
  }
  return out;
}
