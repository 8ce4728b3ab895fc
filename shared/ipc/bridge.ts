/** What the Electron preload exposes on `window.briefing`; the renderer's Electron transport uses it. */
import type { AppEvent } from '../domain.ts';
import type { Result } from '../result.ts';

export interface BriefingBridge {
  invoke(channel: string, args: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
}

/** Browser-mode HTTP paths and header, shared by the server and the renderer's HTTP transport. */
export const HTTP_API_PREFIX = '/api/';
export const HTTP_EVENTS_PATH = '/api-events';
export const HTTP_TOKEN_HEADER = 'x-briefing-token';
export const HTTP_TOKEN_PARAM = 'token';
/** A call whose whole result is bytes (an original file) is answered with the bytes themselves, as this type. */
export const HTTP_BYTES_CONTENT_TYPE = 'application/octet-stream';
