/**
 * What the desktop window may load, run, ask for and send. Nothing here touches Electron, so every rule
 * is tested in plain Node; security.ts only wires these answers into the session and web contents.
 */
import { isAppUrl, schemeOf } from './app-url.ts';

const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  // No 'unsafe-eval' and no inline script: pdf.js runs with isEvalSupported: false and Vite emits files.
  ['script-src', "'self'"],
  // Some libraries add <style> elements or style attributes while running; a style cannot run code,
  // so allowing them costs little and avoids an unstyled reader.
  ['style-src', "'self' 'unsafe-inline'"],
  // Page images and thumbnails are drawn to blobs or data URLs; nothing is fetched from elsewhere.
  ['img-src', "'self' data: blob:"],
  ['connect-src', "'self'"],
  // The PDF reader's pdf.js worker is one of the app's own files; blob: covers workers pdf.js builds itself.
  ['worker-src', "'self' blob:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/**
 * Schemes a request may use. The app's own files, DevTools in development, and in-memory data and blob
 * URLs; every network scheme (http, https, ws, ftp...) and file:// is refused, so nothing leaves the machine.
 */
const LOCAL_SCHEMES = new Set(['devtools:', 'data:', 'blob:']);

export function isRequestAllowed(url: string): boolean {
  if (isAppUrl(url)) return true;
  const scheme = schemeOf(url);
  return scheme !== null && LOCAL_SCHEMES.has(scheme);
}

/** The window only ever shows the app itself; links to anywhere else are not followed. */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Every permission (camera, microphone, location, notifications, clipboard reading, ...) is refused,
 * except writing text to the clipboard from the app's own page, which "copy quotation" buttons need
 * and which reveals nothing.
 */
export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl);
}

type Headers = Record<string, string[]>;

/**
 * Response headers with the app's content security policy in place of any the response carried.
 * Only the app's own pages get it: DevTools brings its own policy and must keep it to work.
 */
export function withContentSecurityPolicy(url: string, headers: Headers | undefined): Headers | undefined {
  if (!isAppUrl(url)) return headers;
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
}
