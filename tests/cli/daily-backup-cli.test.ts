/** The daily backup of a library a CLI command used is taken after the command has given its answer. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAutomaticBackups } from '../../main/backup/rolling-backups.ts';
import { runCli } from '../../main/cli.ts';
import { openDatabase } from '../../main/db/connection.ts';
import { insertDocument } from '../../main/db/documents.ts';
import { newDocument } from '../helpers/documents.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

describe('the daily backup from the command line', () => {
  const tempDir = useTempDir();

  it('is written once the command has printed its answer, and only once a day', async () => {
    const file = path.join(tempDir(), 'library.sqlite');
    const library = openDatabase(file);
    insertDocument(library, newDocument({ title: 'Budget report', pages: ['Libraries stay open.'] }));
    library.close();

    const backupsWhenAnswered: number[] = [];
    const io = {
      stdout: (text: string) => {
        if (text.includes('Budget report')) backupsWhenAnswered.push(listAutomaticBackups(file).length);
      },
      stderr: () => undefined,
      stderrIsTTY: false,
      env: {},
    };
    expect(await runCli(['list', '--db', file], io)).toBe(0);
    expect(backupsWhenAnswered).toEqual([0]);
    expect(listAutomaticBackups(file)).toHaveLength(1);

    expect(await runCli(['list', '--db', file], io)).toBe(0);
    expect(listAutomaticBackups(file)).toHaveLength(1);
  });

  it('makes no backup of a library the command has just created', async () => {
    const file = path.join(tempDir(), 'new.sqlite');
    const io = { stdout: () => undefined, stderr: () => undefined, stderrIsTTY: false, env: {} };
    expect(await runCli(['list', '--db', file], io)).toBe(0);
    expect(listAutomaticBackups(file)).toEqual([]);
  });
});
