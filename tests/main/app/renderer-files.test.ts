import path from 'node:path';
import { contentTypeFor, resolveRendererFile } from '../../../main/app/renderer-files.ts';

const root = path.resolve('/opt/briefing/dist/renderer');
const inRoot = (...parts: string[]) => path.join(root, ...parts);

describe('resolveRendererFile', () => {
  it('serves files inside the renderer folder', () => {
    expect(resolveRendererFile(root, 'app://briefing/index.html')).toBe(inRoot('index.html'));
    expect(resolveRendererFile(root, 'app://briefing/assets/index-3f2a.js')).toBe(inRoot('assets', 'index-3f2a.js'));
    expect(resolveRendererFile(root, 'app://briefing/assets/my%20font.woff2')).toBe(inRoot('assets', 'my font.woff2'));
  });

  it('answers the root and extension-less routes with index.html', () => {
    expect(resolveRendererFile(root, 'app://briefing/')).toBe(inRoot('index.html'));
    expect(resolveRendererFile(root, 'app://briefing/reader/12')).toBe(inRoot('index.html'));
  });

  it('ignores query strings and fragments', () => {
    expect(resolveRendererFile(root, 'app://briefing/index.html?x=1#top')).toBe(inRoot('index.html'));
  });

  it.each([
    'app://briefing/..%2f..%2fetc%2fpasswd',
    'app://briefing/..%2F..%2F..%2Fhome%2Fuser%2F.ssh%2Fid_rsa',
    'app://briefing/assets/..%2f..%2f..%2fsecret.txt',
    'app://briefing/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://briefing/..%5c..%5csecret.txt',
    'app://briefing/index.html%00.png',
  ])('refuses %s, which escapes the folder or smuggles separators', (url) => {
    expect(resolveRendererFile(root, url)).toBeNull();
  });

  it('keeps dot segments that the URL parser resolves inside the folder', () => {
    // The URL standard collapses these before we see them, so they can only reach the folder's own files.
    const resolved = resolveRendererFile(root, 'app://briefing/../../etc/passwd.txt');
    expect(resolved).toBe(inRoot('etc', 'passwd.txt'));
  });

  it('refuses a sibling folder whose name starts like the root', () => {
    expect(resolveRendererFile(root, 'app://briefing/..%2frenderer-secrets%2fkey.txt')).toBeNull();
  });

  it('refuses malformed escapes and URLs that are not the app', () => {
    expect(resolveRendererFile(root, 'app://briefing/%E0%A4%A')).toBeNull();
    expect(resolveRendererFile(root, 'app://elsewhere/index.html')).toBeNull();
    expect(resolveRendererFile(root, 'https://briefing/index.html')).toBeNull();
    expect(resolveRendererFile(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveRendererFile(root, 'not a url')).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it('names the types the interface is built from', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/app.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/pdf.worker.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/style.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/x/DejaVuSans.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/decoder.wasm')).toBe('application/wasm');
  });

  it('sends unknown kinds as opaque bytes', () => {
    expect(contentTypeFor('/x/cmap.bcmap')).toBe('application/octet-stream');
    expect(contentTypeFor('/x/LICENSE')).toBe('application/octet-stream');
  });
});
