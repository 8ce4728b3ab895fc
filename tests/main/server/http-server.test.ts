import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppEvents } from '../../../main/events.ts';
import { insertDocument } from '../../../main/db/documents.ts';
import { createHandlers } from '../../../main/ipc/handlers.ts';
import { openLibrary, type Library } from '../../../main/library/library.ts';
import { startServer, type RunningServer } from '../../../main/server/http-server.ts';
import { decodeWire, encodeWire } from '../../../shared/ipc/wire.ts';
import { newDocument } from '../../helpers/documents.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';

/** Raw requests, so the test controls the Host and Origin headers a browser would not let it forge. */
function request(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const bytes = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString(), bytes });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Every byte value, so any text or base64 encoding on the way would show. */
const ORIGINAL = Uint8Array.from({ length: 512 }, (_, i) => i % 256);

describe('browser-mode server', () => {
  const tempDir = useTempDir();
  let library: Library;
  let server: RunningServer;
  let host: string;

  beforeEach(async () => {
    const staticDir = path.join(tempDir(), 'renderer');
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Briefing Desk</title>');
    fs.writeFileSync(path.join(tempDir(), 'secret.txt'), 'outside the renderer');
    library = openLibrary(path.join(tempDir(), 'library.sqlite'));
    insertDocument(library.db, newDocument({ title: 'Local Council Tax Support Scheme', bytes: ORIGINAL }));
    const events = new AppEvents();
    server = await startServer({ handlers: createHandlers(library, events), events, staticDir });
    host = `127.0.0.1:${server.port}`;
  });

  afterEach(async () => {
    await server.close();
    await library.close();
  });

  const api = (channel: string, args: unknown, headers: Record<string, string> = {}) =>
    request(server.port, {
      method: 'POST',
      path: `/api/${channel}`,
      headers: { host, 'content-type': 'application/json', 'x-briefing-token': server.token, ...headers },
      body: encodeWire(args),
    });

  it('listens on the loopback address and prints a URL carrying the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers contract calls with the token', async () => {
    const response = await api('library:list', {});
    expect(response.status).toBe(200);
    const result = decodeWire(response.body) as { ok: boolean; value: { title: string }[] };
    expect(result.ok).toBe(true);
    expect(result.value.map((d) => d.title)).toEqual(['Local Council Tax Support Scheme']);
  });

  it('answers a call whose result is bytes with the bytes themselves, and a failure as a Result', async () => {
    const id = (decodeWire((await api('library:list', {})).body) as { value: { id: number }[] }).value[0]?.id;
    const response = await api('reader:original', { id });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/octet-stream');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(new Uint8Array(response.bytes)).toEqual(ORIGINAL);
    const missing = await api('reader:original', { id: 999 });
    expect(missing.headers['content-type']).toBe('application/json');
    expect(decodeWire(missing.body)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await api('reader:original', { id }, { 'x-briefing-token': '' })).status).toBe(401);
  });

  it('refuses API calls without the token or with a wrong one', async () => {
    expect((await api('library:list', {}, { 'x-briefing-token': '' })).status).toBe(401);
    expect((await api('library:list', {}, { 'x-briefing-token': 'x'.repeat(server.token.length) })).status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const response = await api('library:list', {}, { host: `evil.example:${server.port}` });
    expect(response.status).toBe(403);
    const page = await request(server.port, { path: '/', headers: { host: 'evil.example' } });
    expect(page.status).toBe(403);
  });

  it('refuses a cross-site Origin and sends no CORS headers', async () => {
    const response = await api('library:list', {}, { origin: 'http://evil.example' });
    expect(response.status).toBe(403);
    const ok = await api('library:list', {}, { origin: `http://${host}` });
    expect(ok.status).toBe(200);
    expect(ok.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('validates arguments and reports the problem as a Result', async () => {
    const response = await api('library:get', { id: 'seven' });
    expect(decodeWire(response.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const unknown = await api('library:format-disk', {});
    expect(decodeWire(unknown.body)).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/Unknown call/) } });
    const malformed = await request(server.port, {
      method: 'POST',
      path: '/api/library:list',
      headers: { host, 'x-briefing-token': server.token },
      body: '{not json',
    });
    expect(malformed.status).toBe(400);
  });

  it('serves the renderer with a strict CSP and nothing outside its folder', async () => {
    const page = await request(server.port, { path: '/', headers: { host } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Briefing Desk</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-eval');
    const escape = await request(server.port, { path: '/..%2fsecret.txt', headers: { host } });
    expect(escape.status).toBe(404);
    expect(escape.body).not.toContain('outside the renderer');
  });

  it('streams progress events only to holders of the token', async () => {
    const refused = await request(server.port, { path: '/api-events', headers: { host } });
    expect(refused.status).toBe(401);
  });
});
