/**
 * Runs the real composition root (main/app/main.ts, straight from source) under Node with a stand-in
 * Electron, so start-up order, the real library and handlers, and the failure dialogs are exercised
 * without the Electron binary.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const projectDir = fileURLToPath(new URL('../../../', import.meta.url));
const register = fileURLToPath(new URL('./fake-electron/register.mjs', import.meta.url));
const mainFile = path.join(projectDir, 'main', 'app', 'main.ts');

interface Entry {
  call: string;
  [key: string]: unknown;
}

function runMain(env: NodeJS.ProcessEnv): Promise<{ code: number | null; log: Entry[]; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', register, mainFile],
      { env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const log = stdout
          .split('\n')
          .filter((line) => line.startsWith('{'))
          .map((line) => JSON.parse(line) as Entry);
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, log, stderr });
      },
    );
  });
}

let scratch: string;
let appPath: string;
beforeEach(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'briefing-main-'));
  appPath = path.join(scratch, 'app');
  mkdirSync(path.join(appPath, 'dist', 'renderer'), { recursive: true });
  writeFileSync(path.join(appPath, 'dist', 'renderer', 'index.html'), '<!doctype html>');
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

const calls = (log: Entry[]) => log.map((entry) => entry.call);

describe('main/app/main.ts', () => {
  it('sets up before ready, opens the library, serves one window and closes cleanly', async () => {
    const userData = path.join(scratch, 'user-data');
    mkdirSync(userData);
    const run = await runMain({ FAKE_APP_PATH: appPath, FAKE_USER_DATA: userData, BRIEFING_DB: '' });

    expect(run.code, run.stderr).toBe(0);
    expect(calls(run.log)).toEqual([
      'app.setName',
      'app.enableSandbox',
      'protocol.registerSchemesAsPrivileged',
      'session.setPermissionRequestHandler',
      'session.onBeforeRequest',
      'session.onHeadersReceived',
      'protocol.handle',
      'ipcMain.handle',
      'Menu.setApplicationMenu',
      'new BrowserWindow',
      'loadURL',
      'invoke library:list',
      'app.quit',
      'app.quit',
      'exit',
    ]);
    expect(run.log.filter((e) => 'ready' in e).every((e) => e['ready'] === false)).toBe(true);
    const window = run.log.find((e) => e.call === 'new BrowserWindow');
    expect(window?.['webPreferences']).toMatchObject({
      preload: path.join(projectDir, 'main', 'app', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
    });
    expect(run.log.find((e) => e.call === 'loadURL')?.['url']).toBe('app://briefing/index.html');
    expect(run.log.find((e) => e.call === 'invoke library:list')?.['result']).toEqual({ ok: true, value: [] });
  });

  it('explains and exits 1 when the library was written by a newer version', async () => {
    const dbPath = path.join(scratch, 'newer.sqlite');
    const db = new Database(dbPath);
    db.pragma('user_version = 9999');
    db.close();

    const run = await runMain({ FAKE_APP_PATH: appPath, FAKE_USER_DATA: scratch, BRIEFING_DB: dbPath });

    expect(run.code).toBe(1);
    const dialog = run.log.find((e) => e.call === 'dialog.showErrorBox');
    expect(dialog?.['title']).toBe('Briefing Desk cannot open its library');
    expect(dialog?.['content']).toContain(dbPath);
    expect(dialog?.['content']).toContain('newer version of Briefing Desk');
    expect(calls(run.log)).not.toContain('new BrowserWindow');
  });

  it('explains and exits 1 when the interface has not been built', async () => {
    rmSync(path.join(appPath, 'dist'), { recursive: true });
    const run = await runMain({ FAKE_APP_PATH: appPath, FAKE_USER_DATA: scratch, BRIEFING_DB: path.join(scratch, 'l.sqlite') });
    expect(run.code).toBe(1);
    expect(run.log.find((e) => e.call === 'dialog.showErrorBox')?.['content']).toContain('npm run build:renderer');
  });

  it('leaves everything to the first instance when another is running', async () => {
    const run = await runMain({ FAKE_APP_PATH: appPath, FAKE_USER_DATA: scratch, FAKE_SECOND_INSTANCE: '1' });
    expect(run.code).toBe(0);
    expect(calls(run.log)).toEqual([
      'app.setName',
      'app.enableSandbox',
      'protocol.registerSchemesAsPrivileged',
      'app.quit',
      'exit',
    ]);
  });
});
