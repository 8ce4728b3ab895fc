/** Handlers for the backup area of the contract: the file travels to and from the renderer as bytes. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { backupFileName, backupLibrary, restoreLibrary } from '../../backup/backup.ts';
import type { HandlerContext, HandlersFor } from '../dispatch.ts';

function withScratchFile<T>(work: (file: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-backup-'));
  return work(path.join(dir, 'library.sqlite')).finally(() => fs.rmSync(dir, { recursive: true, force: true }));
}

export function backupHandlers({ library }: HandlerContext): HandlersFor<'backup:'> {
  return {
    'backup:create': ({ withoutExempt }) =>
      withScratchFile(async (file) => {
        await backupLibrary(library.db, file, { withoutExempt });
        return { fileName: backupFileName(), data: new Uint8Array(fs.readFileSync(file)) };
      }),
    'backup:restore': ({ data }) =>
      withScratchFile(async (file) => {
        fs.writeFileSync(file, data);
        return { previousCopy: await restoreLibrary(library.db, library.path, file) };
      }),
  };
}
