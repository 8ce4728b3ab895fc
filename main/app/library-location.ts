/**
 * Where the desktop app keeps its library: BRIEFING_DB when set (the same override the CLI honours),
 * otherwise library.sqlite in Electron's user-data folder for the app.
 */
import path from 'node:path';
import { LIBRARY_FILE_NAME } from '../library/paths.ts';

export function chooseLibraryPath(env: Readonly<Record<string, string | undefined>>, userDataDir: string): string {
  const override = env['BRIEFING_DB'];
  return override ? path.resolve(override) : path.join(userDataDir, LIBRARY_FILE_NAME);
}
