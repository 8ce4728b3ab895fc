/** Runs the real `briefing` command in a child process, as a person would from the project folder. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function briefing(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'briefing.js'), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, BRIEFING_DB: '', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
