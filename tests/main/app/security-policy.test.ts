import {
  CONTENT_SECURITY_POLICY,
  isNavigationAllowed,
  isPermissionAllowed,
  isRequestAllowed,
  withContentSecurityPolicy,
} from '../../../main/app/security-policy.ts';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('content security policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts only from the app itself, never eval or inline', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('names no remote source anywhere', () => {
    for (const [name, values] of policy) {
      for (const value of values) {
        expect(value, `${name} ${value}`).not.toMatch(/^(\*|https?:|wss?:|ftp:|file:)|\*/);
      }
    }
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  });

  it('closes plugins, base changes, framing and form posting', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it('replaces any policy a response carried on app pages', () => {
    const headers = withContentSecurityPolicy('app://briefing/index.html', {
      'content-security-policy': ["default-src *"],
      'Content-Type': ['text/html'],
    });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    expect(withContentSecurityPolicy('app://briefing/', undefined)).toEqual({
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });

  it('leaves DevTools with its own headers', () => {
    const devtools = { 'Content-Security-Policy': ['object-src none'] };
    expect(withContentSecurityPolicy('devtools://devtools/bundled/devtools_app.html', devtools)).toBe(devtools);
  });
});

describe('isRequestAllowed', () => {
  it.each([
    'app://briefing/index.html',
    'app://briefing/assets/pdf.worker.mjs',
    'devtools://devtools/bundled/devtools_app.html',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:app://briefing/4b1c2e5a-0000-4000-8000-000000000000',
  ])('lets %s through', (url) => {
    expect(isRequestAllowed(url)).toBe(true);
  });

  it.each([
    'https://example.org/tracker.js',
    'http://127.0.0.1:8080/api',
    'ws://localhost:9229/',
    'wss://example.org/socket',
    'ftp://example.org/file',
    'file:///etc/passwd',
    'app://elsewhere/index.html',
    'app://user@briefing/index.html',
    'chrome://settings',
    'not a url',
  ])('cancels %s', (url) => {
    expect(isRequestAllowed(url)).toBe(false);
  });
});

describe('isNavigationAllowed', () => {
  it('stays on the app origin', () => {
    expect(isNavigationAllowed('app://briefing/index.html#/reader/3')).toBe(true);
    expect(isNavigationAllowed('https://www.gov.uk/')).toBe(false);
    expect(isNavigationAllowed('file:///home/user/report.pdf')).toBe(false);
    expect(isNavigationAllowed('app://briefing.evil/index.html')).toBe(false);
  });
});

describe('isPermissionAllowed', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'usb'])(
    'refuses %s',
    (permission) => {
      expect(isPermissionAllowed(permission, 'app://briefing/index.html')).toBe(false);
    },
  );

  it('allows clipboard writes from the app page only', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://briefing/index.html')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.org/')).toBe(false);
  });
});
