/**
 * The renderer's only door to main. Inside Electron it uses the preload bridge; in a browser
 * (browser mode) it speaks HTTP to the loopback server with the per-run token from the page URL.
 */
import type { AppEvent } from '../../shared/domain.ts';
import type { ArgsOf, Channel, ResultOf } from '../../shared/ipc/contract.ts';
import {
  HTTP_API_PREFIX,
  HTTP_BYTES_CONTENT_TYPE,
  HTTP_EVENTS_PATH,
  HTTP_TOKEN_HEADER,
  HTTP_TOKEN_PARAM,
  type BriefingBridge,
} from '../../shared/ipc/bridge.ts';
import { decodeWire, encodeWire } from '../../shared/ipc/wire.ts';
import type { AppError, Result } from '../../shared/result.ts';

declare global {
  interface Window {
    briefing?: BriefingBridge;
  }
}

export interface Transport {
  invoke(channel: Channel, args: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
}

/** A failed call, carrying the message main wrote for the user. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly code: AppError['code'];
  constructor(error: AppError) {
    super(error.message);
    this.code = error.code;
  }
}

const TOKEN_STORAGE_KEY = 'briefing-token';

/** Takes the token from the URL once, keeps it for reloads of this tab, and removes it from the address bar. */
export function readBrowserToken(location: Location, storage: Storage, history: History): string {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get(HTTP_TOKEN_PARAM);
  if (fromUrl) {
    storage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    url.searchParams.delete(HTTP_TOKEN_PARAM);
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(TOKEN_STORAGE_KEY) ?? '';
}

export function httpTransport(token: string, baseUrl = ''): Transport {
  return {
    async invoke(channel, args) {
      let response: Response;
      try {
        response = await fetch(`${baseUrl}${HTTP_API_PREFIX}${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: token },
          body: encodeWire(args),
        });
      } catch {
        return { ok: false, error: { code: 'failed', message: 'Briefing Desk is not running: restart it with "briefing serve".' } };
      }
      if (response.status === 401 || response.status === 403) {
        return {
          ok: false,
          error: { code: 'forbidden', message: 'This page is not authorised: open the address "briefing serve" printed.' },
        };
      }
      try {
        // A result that is bytes comes as the bytes themselves (see the server), everything else as a JSON Result.
        if (response.ok && response.headers.get('content-type') === HTTP_BYTES_CONTENT_TYPE) {
          return { ok: true, value: new Uint8Array(await response.arrayBuffer()) };
        }
        return decodeWire(await response.text()) as Result<unknown>;
      } catch {
        // A proxy or a crashed server can answer with an HTML page; say so instead of throwing a parse error.
        return {
          ok: false,
          error: { code: 'failed', message: `Briefing Desk sent a reply that could not be read (HTTP ${response.status}).` },
        };
      }
    },
    onEvent(listener) {
      const source = new EventSource(`${baseUrl}${HTTP_EVENTS_PATH}?${HTTP_TOKEN_PARAM}=${encodeURIComponent(token)}`);
      source.onmessage = (message: MessageEvent<string>) => listener(JSON.parse(message.data) as AppEvent);
      return () => source.close();
    },
  };
}

export function bridgeTransport(bridge: BriefingBridge): Transport {
  return {
    invoke: (channel, args) => bridge.invoke(channel, args),
    onEvent: (listener) => bridge.onEvent(listener),
  };
}

let transport: Transport | null = null;

function currentTransport(): Transport {
  transport ??= window.briefing
    ? bridgeTransport(window.briefing)
    : httpTransport(readBrowserToken(window.location, window.sessionStorage, window.history));
  return transport;
}

/** For tests: route every call through the given transport. */
export function setTransport(next: Transport | null): void {
  transport = next;
}

export async function call<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
  const result = await currentTransport().invoke(channel, args);
  if (!result.ok) throw new ApiError(result.error);
  return result.value as ResultOf<C>;
}

export function onEvent(listener: (event: AppEvent) => void): () => void {
  return currentTransport().onEvent(listener);
}
