/** The `npm start` launcher, run as a child process against a missing and a stand-in Electron binary. */
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = fileURLToPath(new URL('../../../', import.meta.url));
const launcher = path.join(projectDir, 'bin', 'start-desktop.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runLauncher(env: NodeJS.ProcessEnv, args: string[] = []): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [launcher, ...args], { env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

/** The binary's path inside a dist folder, as the electron package records it for this platform. */
function binaryPathIn(distDir: string): string {
  const pathFile = path.join(path.dirname(createRequire(import.meta.url).resolve('electron/package.json')), 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  return path.join(distDir, relative);
}

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'briefing-launcher-'));
});
afterEach(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('bin/start-desktop.js', () => {
  it('explains in one sentence and exits 1 when the Electron binary is missing', async () => {
    const run = await runLauncher({ ELECTRON_OVERRIDE_DIST_PATH: scratch });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'The Electron runtime is not installed on this machine (it could not be downloaded), so the desktop window cannot open; run the same app in your browser with: npx briefing serve\n',
    );
  });

  it.skipIf(process.platform === 'win32')(
    'starts the binary on the project folder with plain Electron settings and passes on its exit code',
    async () => {
      const binary = binaryPathIn(scratch);
      const record = path.join(scratch, 'record.txt');
      mkdirSync(path.dirname(binary), { recursive: true });
      writeFileSync(
        binary,
        `#!/bin/sh\nprintf '%s\\n' "$@" > "${record}"\necho "run-as-node=\${ELECTRON_RUN_AS_NODE:-unset}" >> "${record}"\nexit 3\n`,
      );
      chmodSync(binary, 0o755);

      const run = await runLauncher({ ELECTRON_OVERRIDE_DIST_PATH: scratch, ELECTRON_RUN_AS_NODE: '1' }, ['--inspect-later']);

      expect(run.code).toBe(3);
      const [appDir, extra, runAsNode] = readFileSync(record, 'utf8').trim().split('\n');
      expect(path.resolve(appDir ?? '')).toBe(path.resolve(projectDir));
      expect(extra).toBe('--inspect-later');
      expect(runAsNode).toBe('run-as-node=unset');
    },
  );
});
