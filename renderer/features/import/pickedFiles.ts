/** Files chosen for import, named as the user will see them in messages. */

export interface PickedFile {
  file: File;
  /** The file name, or its path inside the chosen or dropped folder ("Agenda/item 4.pdf"). */
  name: string;
}

export const ACCEPTED_EXTENSIONS = '.pdf,.docx,.html,.htm,.md,.markdown,.txt';

export function fromFileList(files: Iterable<File>): PickedFile[] {
  return Array.from(files, (file) => ({ file, name: file.webkitRelativePath || file.name }));
}

/** Files operating systems leave in folders for themselves; importing them would only list pointless failures. */
const SYSTEM_FILE_NAMES = new Set(['thumbs.db', 'desktop.ini', 'ehthumbs.db']);

/** Hidden files or folders (".DS_Store", ".git/…") and the system's own files. */
export function isSystemFile(name: string): boolean {
  const segments = name.split('/');
  const base = segments.at(-1)?.toLowerCase() ?? '';
  return segments.some((segment) => segment.startsWith('.')) || SYSTEM_FILE_NAMES.has(base);
}

export function withoutSystemFiles(files: readonly PickedFile[]): { files: PickedFile[]; skipped: number } {
  const kept = files.filter((picked) => !isSystemFile(picked.name));
  return { files: kept, skipped: files.length - kept.length };
}
