/**
 * Browser mode: the same handler map the desktop app uses, behind an HTTP server on the loopback
 * interface, serving the same renderer. Every request passes the guards in request-guard.ts; there are
 * no CORS headers, so other origins cannot read anything even if they could send.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  HTTP_API_PREFIX,
  HTTP_BYTES_CONTENT_TYPE,
  HTTP_EVENTS_PATH,
  HTTP_TOKEN_HEADER,
  HTTP_TOKEN_PARAM,
} from '../../shared/ipc/bridge.ts';
import { decodeWire, encodeWire } from '../../shared/ipc/wire.ts';
import { dispatch, type Handlers } from '../ipc/dispatch.ts';
import type { AppEvents } from '../events.ts';
import { isAllowedHost, isAllowedOrigin, tokenMatches } from './request-guard.ts';
import { readStatic } from './static-files.ts';

export interface ServerOptions {
  handlers: Handlers;
  events: AppEvents;
  /** Folder holding the built renderer (index.html and its assets). */
  staticDir: string;
  port?: number;
  token?: string;
}

export interface RunningServer {
  port: number;
  token: string;
  /** The address to open, token included. */
  url: string;
  close(): Promise<void>;
}

/** Bytes arrive base64-encoded, a third larger than the files; the renderer sends batches well below this. */
const MAX_BODY_BYTES = 400 * 1024 * 1024;
const HEARTBEAT_MS = 15_000;

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
    "connect-src 'self'; font-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; " +
    "form-action 'none'; frame-ancestors 'none'",
};

function send(res: http.ServerResponse, status: number, body: string | Uint8Array, contentType: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': contentType, 'cache-control': 'no-store' });
  res.end(body);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const openStreams = new Set<http.ServerResponse>();
  let port = 0;

  const handleApi = async (req: http.IncomingMessage, res: http.ServerResponse, channel: string) => {
    if (req.method !== 'POST') return send(res, 405, 'Use POST', 'text/plain; charset=utf-8');
    if (!tokenMatches(token, req.headers[HTTP_TOKEN_HEADER] as string | undefined)) {
      return send(res, 401, 'Missing or wrong token', 'text/plain; charset=utf-8');
    }
    let args: unknown;
    try {
      args = decodeWire(await readBody(req));
    } catch (error) {
      const tooLarge = (error as Error).message === 'request too large';
      return send(res, tooLarge ? 413 : 400, tooLarge ? 'Request too large' : 'Malformed JSON', 'text/plain; charset=utf-8');
    }
    const result = await dispatch(options.handlers, channel, args);
    // An original file goes as it is: as base64 inside JSON it was a third larger, and encoding and decoding it
    // took longer than anything else in opening a long PDF. Failures are still JSON Results.
    if (result.ok && result.value instanceof Uint8Array) return send(res, 200, result.value, HTTP_BYTES_CONTENT_TYPE);
    send(res, 200, encodeWire(result), 'application/json');
  };

  const handleEvents = (url: URL, res: http.ServerResponse) => {
    if (!tokenMatches(token, url.searchParams.get(HTTP_TOKEN_PARAM))) {
      return send(res, 401, 'Missing or wrong token', 'text/plain; charset=utf-8');
    }
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    res.write(': connected\n\n');
    openStreams.add(res);
    const unsubscribe = options.events.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    res.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      openStreams.delete(res);
    });
  };

  const server = http.createServer(async (req, res) => {
    try {
      if (!isAllowedHost(req.headers.host, port) || !isAllowedOrigin(req.headers.origin, port)) {
        return send(res, 403, 'Forbidden', 'text/plain; charset=utf-8');
      }
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      if (url.pathname === HTTP_EVENTS_PATH) return handleEvents(url, res);
      if (url.pathname.startsWith(HTTP_API_PREFIX)) {
        return await handleApi(req, res, url.pathname.slice(HTTP_API_PREFIX.length));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
      const file = await readStatic(options.staticDir, url.pathname);
      if (file) return send(res, 200, file.body, file.contentType);
      if (url.pathname === '/') {
        return send(res, 503, 'The interface has not been built yet: run "npm run build:renderer".', 'text/plain; charset=utf-8');
      }
      send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    } catch (error) {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'Internal error', 'text/plain; charset=utf-8');
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        port,
        token,
        url: `http://127.0.0.1:${port}/?${HTTP_TOKEN_PARAM}=${token}`,
        close: () =>
          new Promise<void>((done) => {
            for (const stream of openStreams) stream.end();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
