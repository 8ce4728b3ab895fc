/** Serves the built interface on app://briefing/ from the renderer folder, and from nowhere else. */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from './app-url.ts';
import { contentTypeFor, resolveRendererFile } from './renderer-files.ts';
import { CONTENT_SECURITY_POLICY } from './security-policy.ts';

/**
 * Must run before the app is ready. "standard" gives the scheme real origins and relative URLs,
 * "secure" makes it a secure context, and fetch is allowed so the page can load its own assets.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const file = resolveRendererFile(rendererRoot, request.url);
    if (file === null) return notFound();
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return notFound();
    }
    return new Response(new Uint8Array(body), {
      headers: {
        'content-type': contentTypeFor(file),
        // Sent with the page itself as well as by the session hook in security.ts, so the policy holds
        // even where Chromium does not pass custom-scheme responses through webRequest.
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  });
}
