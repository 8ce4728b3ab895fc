/**
 * Where the library lives by default: the same file the desktop app uses, in the platform's user-data
 * folder for "Briefing Desk" (the folder Electron's app.getPath('userData') names), so the CLI and the
 * app share one library. BRIEFING_DB overrides it.
 */
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Briefing Desk';
export const LIBRARY_FILE_NAME = 'library.sqlite';

export function userDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), PRODUCT_NAME);
}

export function defaultLibraryPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.BRIEFING_DB) return path.resolve(env.BRIEFING_DB);
  const dir = userDataDir(platform, env);
  return platform === 'win32' ? path.win32.join(dir, LIBRARY_FILE_NAME) : path.posix.join(dir, LIBRARY_FILE_NAME);
}
