import { call } from '../../lib/api.ts';

/**
 * Says that files are about to be chosen or dropped, so the app starts its file readers while the person
 * is still choosing. Only a head start: if it fails, the import starts them itself and reports any problem.
 */
export function prepareImport(): void {
  call('library:prepareImport', {}).catch(() => undefined);
}
