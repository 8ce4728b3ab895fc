/**
 * The one place where storage failures become words people understand. SQLite's result codes (and the
 * Node file errors met while making folders and backups) say what happened to the disk or the file;
 * the callers add which file and what they were doing.
 */

/** Checked by prefix, so extended codes (SQLITE_READONLY_DBMOVED, SQLITE_BUSY_SNAPSHOT...) read the same. */
const SQLITE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['SQLITE_FULL', 'the disk is full'],
  ['SQLITE_READONLY', 'it cannot be written to: the file or its folder is read-only'],
  ['SQLITE_CANTOPEN', 'the file cannot be opened or created: its folder may be read-only or missing'],
  ['SQLITE_BUSY', 'another program is using the library; close it or try again in a moment'],
];

const FILE_SYSTEM_WORDS: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EROFS: 'it cannot be written to: the disk is read-only',
  EACCES: 'it cannot be written to: permission denied',
  EPERM: 'it cannot be written to: permission denied',
  ENOTDIR: 'part of its path is a file, not a folder',
  // Making a folder (recursively) fails this way only when a file already has the folder's name.
  EEXIST: 'part of its path is a file, not a folder',
};

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

/** Clear words for a storage failure, or null when the error is something else. */
export function storageProblem(error: unknown): string | null {
  const code = codeOf(error);
  for (const [base, words] of SQLITE_WORDS) if (code === base || code.startsWith(`${base}_`)) return words;
  return FILE_SYSTEM_WORDS[code] ?? null;
}
