/**
 * The checks browser mode applies to every request before anything else. The server listens on the
 * loopback interface only, but a web page in the same browser could still reach it, so:
 * - the Host header must name the loopback address and our port (defeats DNS rebinding);
 * - an Origin header, when present, must be our own origin (defeats cross-site requests);
 * - API calls must carry this run's random token.
 */
import { timingSafeEqual } from 'node:crypto';

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

export function allowedHosts(port: number): Set<string> {
  return new Set(LOOPBACK_NAMES.map((name) => `${name}:${port}`));
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).has(host.toLowerCase());
}

export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return [...allowedHosts(port)].some((host) => origin.toLowerCase() === `http://${host}`);
}

export function tokenMatches(expected: string, presented: string | null | undefined): boolean {
  if (!presented) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(presented);
  return a.length === b.length && timingSafeEqual(a, b);
}
