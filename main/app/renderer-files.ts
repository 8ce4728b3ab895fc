/**
 * Maps an app:// request to a file of the built interface. Only files inside the renderer folder can
 * ever be answered: anything that decodes to a path outside it is refused, whatever its spelling.
 */
import path from 'node:path';
import { isAppUrl } from './app-url.ts';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/**
 * The absolute path of the file an app:// URL asks for, or null when the URL is not the app's, cannot
 * be decoded, or points outside `rootDir`. Paths without an extension are interface routes and get
 * index.html, so reloading the window on any screen still finds the page.
 */
export function resolveRendererFile(rootDir: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  // A backslash is a separator on Windows and a NUL truncates paths in native code: neither belongs in a URL path.
  if (relative.includes('\\') || relative.includes('\0')) return null;

  const root = path.resolve(rootDir);
  const candidate = path.resolve(root, `.${relative}`);
  const inside = path.relative(root, candidate);
  if (inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return null;
  if (inside === '' || path.extname(inside) === '') return path.join(root, 'index.html');
  return candidate;
}

/** The Content-Type to send for a renderer file; unknown kinds are sent as opaque bytes, never sniffed. */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
