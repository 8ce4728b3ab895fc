/** The app:// handler serving a real folder, with Electron's protocol module replaced by a stand-in. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../../main/app/security-policy.ts';

const handlers = new Map<string, (request: Request) => Promise<Response>>();
const privileged: unknown[] = [];
vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => privileged.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => handlers.set(scheme, handler),
  },
}));

const { registerAppScheme, serveRenderer } = await import('../../../main/app/app-protocol.ts');

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'briefing-protocol-'));
  const renderer = path.join(scratch, 'renderer');
  mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Briefing Desk</title>');
  writeFileSync(path.join(renderer, 'assets', 'main.js'), 'console.log(1)');
  writeFileSync(path.join(scratch, 'secret.txt'), 'not for the page');
  serveRenderer(renderer);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function get(url: string, method = 'GET'): Promise<Response> {
  const handler = handlers.get('app');
  if (!handler) throw new Error('app scheme not handled');
  return handler(new Request(url, { method }));
}

describe('app:// protocol', () => {
  it('is registered as a standard, secure scheme that supports fetch', () => {
    registerAppScheme();
    expect(privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });

  it('serves the interface with its type, the policy and no sniffing', async () => {
    const page = await get('app://briefing/index.html');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Briefing Desk</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await get('app://briefing/assets/main.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for missing files and for anything outside the folder', async () => {
    expect((await get('app://briefing/assets/missing.js')).status).toBe(404);
    const escape = await get('app://briefing/..%2fsecret.txt');
    expect(escape.status).toBe(404);
    expect(await escape.text()).not.toContain('not for the page');
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://briefing/index.html', 'POST')).status).toBe(405);
  });
});
