/**
 * The address the desktop window loads the interface from. A custom scheme (served from the built
 * renderer folder) gives the page a real origin of its own, which a file:// URL would not, so the
 * content security policy, navigation rules and IPC sender checks can all name it exactly.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'briefing';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for URLs of the app's own origin; anything with credentials or a port is someone else's. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    // Chromium lower-cases the host of a standard scheme; compare the same way whoever parsed it.
    parsed.host.toLowerCase() === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** The scheme of a URL ("https:", "devtools:"), or null when it is not a URL at all. */
export function schemeOf(url: string): string | null {
  return parse(url)?.protocol ?? null;
}
