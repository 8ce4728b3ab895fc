#!/usr/bin/env node
// Starts the desktop app with the Electron runtime installed in node_modules, or says plainly why it
// cannot. Plain JavaScript on purpose: it runs before anything is built.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = fileURLToPath(new URL('..', import.meta.url));

const MISSING_RUNTIME =
  'The Electron runtime is not installed on this machine (it could not be downloaded), so the desktop window cannot open; run the same app in your browser with: npx briefing serve';

/**
 * Where the electron package keeps its binary, found the way the package itself finds it (path.txt,
 * or ELECTRON_OVERRIDE_DIST_PATH). The package's own entry point is not loaded: when the binary is
 * absent it starts a download, which on a machine without a connection only prints a stack trace.
 */
function electronBinary() {
  let packageDir;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const overrideDir = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  let binary;
  if (overrideDir) binary = path.join(overrideDir, relative || 'electron');
  else if (relative) binary = path.join(packageDir, 'dist', relative);
  else return null;
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (binary === null) {
  console.error(MISSING_RUNTIME);
  process.exit(1);
}

// Set by some editors and tools; it would make Electron behave as plain Node and never open a window.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, [projectDir, ...process.argv.slice(2)], { stdio: 'inherit', env });

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('error', (error) => {
  console.error(`Could not start Electron (${binary}): ${error.message}`);
  process.exit(1);
});
child.on('exit', (code) => {
  // No code means Electron was ended by a signal.
  process.exit(code ?? 1);
});
