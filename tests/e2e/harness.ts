/**
 * End-to-end harness: starts the real `briefing serve` on a fresh library and drives the real renderer
 * in Debian's headless Chromium. Screenshots land in test-results/screenshots for people to look at.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-results', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium from reaching for the network, which this environment does not have. */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const RENDERER_DIR = process.env.BRIEFING_RENDERER_DIR || path.join(REPO_ROOT, 'dist', 'renderer');

export const e2eUnavailable = (): string | null =>
  !fs.existsSync(CHROMIUM)
    ? `Chromium not found at ${CHROMIUM}; run "npm run setup"`
    : !fs.existsSync(path.join(RENDERER_DIR, 'index.html'))
      ? 'the renderer is not built; run "npm run build:renderer"'
      : null;

export interface ServeProcess {
  url: string;
  origin: string;
  dbPath: string;
  stop(): Promise<void>;
}

export async function startServe(dbPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-e2e-')), 'library.sqlite')): Promise<ServeProcess> {
  const child: ChildProcess = spawn(process.execPath, [path.join(REPO_ROOT, 'bin', 'briefing.js'), 'serve', '--db', dbPath], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${stdout} ${stderr}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}: ${stderr}`));
    });
  });
  return {
    url,
    origin: new URL(url).origin,
    dbPath,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export interface BrowserSession {
  browser: Browser;
  page: Page;
  /** Console errors and page errors seen so far; a clean run has none. */
  problems: string[];
  /** Every request the page made that did not go to the loopback server. */
  foreignRequests: string[];
  screenshot(name: string): Promise<string>;
}

export async function openBrowser(origin: string): Promise<BrowserSession> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
  const page = await context.newPage();
  const problems: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    browser,
    page,
    problems,
    foreignRequests,
    async screenshot(name) {
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: false });
      return file;
    },
  };
}
