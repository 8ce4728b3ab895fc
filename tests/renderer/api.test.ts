import { HTTP_TOKEN_HEADER } from '../../shared/ipc/bridge.ts';
import { decodeWire, encodeWire } from '../../shared/ipc/wire.ts';
import type { AppEvent } from '../../shared/domain.ts';
import { httpTransport, readBrowserToken } from '../../renderer/lib/api.ts';

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

function recordingHistory() {
  const replaced: string[] = [];
  const history = { state: { kept: true }, replaceState: (_state: unknown, _title: string, url: string) => replaced.push(url) };
  return { history: history as unknown as History, replaced };
}

describe('readBrowserToken', () => {
  it('takes the token from the address, keeps it for reloads and removes it from the address bar', () => {
    const storage = memoryStorage();
    const { history, replaced } = recordingHistory();
    const location = { href: 'http://127.0.0.1:4123/?token=s3cret&view=library#main' } as Location;

    expect(readBrowserToken(location, storage, history)).toBe('s3cret');
    expect(storage.getItem('briefing-token')).toBe('s3cret');
    expect(replaced).toEqual(['/?view=library#main']);
  });

  it('falls back to the kept token after a reload, and to nothing without one', () => {
    const { history, replaced } = recordingHistory();
    const location = { href: 'http://127.0.0.1:4123/' } as Location;

    expect(readBrowserToken(location, memoryStorage({ 'briefing-token': 'kept' }), history)).toBe('kept');
    expect(readBrowserToken(location, memoryStorage(), history)).toBe('');
    expect(replaced).toEqual([]);
  });
});

describe('httpTransport', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('posts the arguments, bytes included, to the channel’s path with the token, and decodes the Result', async () => {
    const requests: { url: string; init: RequestInit }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      requests.push({ url, init });
      return new Response(encodeWire({ ok: true, value: [{ file: 'a.pdf', status: 'imported' }] }), { status: 200 });
    });

    const result = await httpTransport('tok', 'http://127.0.0.1:4123').invoke('library:import', {
      jobId: 'job',
      files: [{ name: 'a.pdf', data: new Uint8Array([1, 2, 3]) }],
    });

    expect(result).toEqual({ ok: true, value: [{ file: 'a.pdf', status: 'imported' }] });
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.url).toBe('http://127.0.0.1:4123/api/library:import');
    expect(request?.init.method).toBe('POST');
    expect((request?.init.headers as Record<string, string>)[HTTP_TOKEN_HEADER]).toBe('tok');
    const body = decodeWire(String(request?.init.body)) as { files: { data: Uint8Array }[] };
    expect(Array.from(body.files[0]?.data ?? [])).toEqual([1, 2, 3]);
  });

  it('passes main’s failure through unchanged', async () => {
    vi.stubGlobal('fetch', async () =>
      new Response(encodeWire({ ok: false, error: { code: 'not-found', message: 'That document is no longer in the library.' } }), {
        status: 404,
      }),
    );
    const result = await httpTransport('tok').invoke('library:get', { id: 9 });
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: 'That document is no longer in the library.' } });
  });

  it('takes a reply of bytes as the bytes themselves', async () => {
    const original = Uint8Array.from([37, 80, 68, 70, 0, 255, 10]);
    vi.stubGlobal('fetch', async () => new Response(original, { status: 200, headers: { 'content-type': 'application/octet-stream' } }));
    const result = await httpTransport('tok').invoke('reader:original', { id: 9 });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toEqual(original);
  });

  it('says the app is not running when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const result = await httpTransport('tok').invoke('library:list', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/not running/);
  });

  it('says the page is not authorised when the token is refused', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 403 }));
    const result = await httpTransport('wrong').invoke('library:list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('turns a reply that is not a Result into a failure instead of throwing', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>Bad gateway</html>', { status: 502 }));
    const result = await httpTransport('tok').invoke('library:list', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('HTTP 502');
  });

  it('listens to the event stream with the token and stops when unsubscribed', () => {
    const sources: FakeEventSource[] = [];
    class FakeEventSource {
      onmessage: ((message: MessageEvent<string>) => void) | null = null;
      closed = false;
      readonly url: string;
      constructor(url: string) {
        this.url = url;
        sources.push(this);
      }
      close() {
        this.closed = true;
      }
    }
    vi.stubGlobal('EventSource', FakeEventSource);
    const received: AppEvent[] = [];

    const stop = httpTransport('a b', 'http://127.0.0.1:4123').onEvent((event) => received.push(event));
    const event: AppEvent = { type: 'menu', command: 'find' };
    sources[0]?.onmessage?.(new MessageEvent('message', { data: JSON.stringify(event) }));
    stop();

    expect(sources[0]?.url).toBe('http://127.0.0.1:4123/api-events?token=a%20b');
    expect(received).toEqual([event]);
    expect(sources[0]?.closed).toBe(true);
  });
});
