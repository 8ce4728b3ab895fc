/** The Electron wiring of the security rules, driven through stand-ins for the session and web contents. */
import type { Session, WebContents } from 'electron';
import { lockDownWebContents, secureSession } from '../../../main/app/security.ts';
import { CONTENT_SECURITY_POLICY } from '../../../main/app/security-policy.ts';

type Handler = (...args: never[]) => unknown;

function fakeSession() {
  const hooks: Record<string, Handler> = {};
  const session = {
    setPermissionRequestHandler: (h: Handler) => (hooks['permissionRequest'] = h),
    setPermissionCheckHandler: (h: Handler) => (hooks['permissionCheck'] = h),
    webRequest: {
      onBeforeRequest: (h: Handler) => (hooks['beforeRequest'] = h),
      onHeadersReceived: (h: Handler) => (hooks['headersReceived'] = h),
    },
  };
  secureSession(session as unknown as Session);
  const call = <T>(name: string, ...args: unknown[]): T => {
    const hook = hooks[name] as ((...a: unknown[]) => T) | undefined;
    if (!hook) throw new Error(`${name} was not installed`);
    return hook(...args);
  };
  return { call };
}

function answer<T>(run: (callback: (value: T) => void) => void): T {
  let result: T | undefined;
  run((value) => (result = value));
  return result as T;
}

describe('secureSession', () => {
  const { call } = fakeSession();

  it('cancels requests that would leave the machine and lets the app load', () => {
    const decide = (url: string) => answer<{ cancel: boolean }>((cb) => call('beforeRequest', { url }, cb));
    expect(decide('https://fonts.example.org/font.woff2')).toEqual({ cancel: true });
    expect(decide('ws://127.0.0.1:5173/')).toEqual({ cancel: true });
    expect(decide('app://briefing/assets/index.js')).toEqual({ cancel: false });
  });

  it('puts the policy on app responses', () => {
    const result = answer<{ responseHeaders: Record<string, string[]> }>((cb) =>
      call('headersReceived', { url: 'app://briefing/index.html', responseHeaders: {} }, cb),
    );
    expect(result.responseHeaders['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('refuses permission requests and checks', () => {
    const request = (permission: string) =>
      answer<boolean>((cb) => call('permissionRequest', {}, permission, cb, { requestingUrl: 'app://briefing/index.html' }));
    expect(request('media')).toBe(false);
    expect(request('notifications')).toBe(false);
    expect(call<boolean>('permissionCheck', {}, 'geolocation', 'app://briefing')).toBe(false);
    expect(call<boolean>('permissionCheck', {}, 'clipboard-sanitized-write', 'app://briefing')).toBe(true);
  });
});

describe('lockDownWebContents', () => {
  function fakeContents() {
    const listeners = new Map<string, (event: { url?: string; preventDefault(): void }) => void>();
    let openHandler: (() => unknown) | undefined;
    const contents = {
      on: (name: string, listener: (event: { url?: string; preventDefault(): void }) => void) => listeners.set(name, listener),
      setWindowOpenHandler: (handler: () => unknown) => (openHandler = handler),
    };
    lockDownWebContents(contents as unknown as WebContents);
    const prevented = (name: string, url?: string) => {
      let stopped = false;
      listeners.get(name)?.({ url, preventDefault: () => (stopped = true) });
      return stopped;
    };
    return { prevented, openWindow: () => openHandler?.() };
  }

  it('keeps navigation on the app and refuses web views and new windows', () => {
    const { prevented, openWindow } = fakeContents();
    expect(prevented('will-navigate', 'https://example.org/')).toBe(true);
    expect(prevented('will-redirect', 'http://example.org/')).toBe(true);
    expect(prevented('will-navigate', 'app://briefing/index.html')).toBe(false);
    expect(prevented('will-attach-webview')).toBe(true);
    expect(openWindow()).toEqual({ action: 'deny' });
  });
});
