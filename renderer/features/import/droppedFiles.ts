/** Files dropped on the window, with dropped folders opened and walked so their files come along too. */
import type { PickedFile } from './pickedFiles.ts';

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** A directory reader hands out entries in chunks (100 at a time in Chromium) until it returns none. */
async function childrenOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const children: FileSystemEntry[] = [];
  for (;;) {
    const chunk = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (chunk.length === 0) return children;
    children.push(...chunk);
  }
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

async function collect(entry: FileSystemEntry, into: PickedFile[]): Promise<void> {
  if (isFile(entry)) {
    // fullPath is "/Folder/file.pdf": the same shape as a folder pick's relative path, once the slash goes.
    into.push({ file: await fileOf(entry), name: entry.fullPath.replace(/^\/+/, '') || entry.name });
  } else if (isDirectory(entry)) {
    for (const child of await childrenOf(entry)) await collect(child, into);
  }
}

/**
 * Must be called during the drop event itself: the browser empties the DataTransfer afterwards, so the
 * entries are taken synchronously and only then read.
 */
export function collectDroppedFiles(data: DataTransfer): Promise<PickedFile[]> {
  const entries = Array.from(data.items ?? [])
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((entry) => entry === null)) {
    // No entry support (or not for every item): plain files are still usable, folders are not.
    return Promise.resolve(Array.from(data.files, (file) => ({ file, name: file.name })));
  }
  return (async () => {
    const files: PickedFile[] = [];
    for (const entry of entries) if (entry) await collect(entry, files);
    return files;
  })();
}
