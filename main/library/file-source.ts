/** Import sources backed by files on disk, read only when their turn comes and refused when too large. */
import fs from 'node:fs/promises';
import { MAX_IMPORT_FILE_BYTES } from '../../shared/limits.ts';
import { UserError } from '../errors.ts';
import type { ImportSource } from './import-service.ts';

export function fileSource(file: string): ImportSource {
  return {
    name: file,
    async read() {
      const stat = await fs.stat(file);
      if (stat.isDirectory()) throw Object.assign(new Error('it is a folder'), { code: 'EISDIR' });
      if (stat.size > MAX_IMPORT_FILE_BYTES) {
        throw new UserError(
          `the file is ${Math.round(stat.size / 1024 / 1024)} MB, over the ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB limit`,
        );
      }
      return new Uint8Array(await fs.readFile(file));
    },
  };
}

/** A source that fails with the reason found while collecting paths, so it is reported in order. */
export function failedSource(file: string, reason: string): ImportSource {
  return {
    name: file,
    read: () => Promise.reject(new UserError(reason)),
  };
}
