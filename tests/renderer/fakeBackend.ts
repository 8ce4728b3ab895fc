/**
 * An in-memory stand-in for main on the far side of the transport: it fakes only the process boundary,
 * answering each channel with a test-provided handler and recording every call.
 */
import { DEFAULT_DOCUMENT_SORT, sortDocuments } from '../../shared/document-order.ts';
import type { AppEvent, DocumentDetail, DocumentSummary } from '../../shared/domain.ts';
import type { ArgsOf, Channel, ResultOf } from '../../shared/ipc/contract.ts';
import type { ErrorCode } from '../../shared/result.ts';
import { setTransport } from '../../renderer/lib/api.ts';

/** Thrown by a handler to answer with a failed Result, as main does. */
export class HandlerFailure extends Error {
  readonly code: ErrorCode;
  constructor(message: string, code: ErrorCode = 'failed') {
    super(message);
    this.code = code;
  }
}

export type Handlers = {
  [C in Channel]?: (args: ArgsOf<C>) => ResultOf<C> | Promise<ResultOf<C>>;
};

export interface FakeBackend {
  calls: { channel: Channel; args: unknown }[];
  callsTo: <C extends Channel>(channel: C) => ArgsOf<C>[];
  emit: (event: AppEvent) => void;
}

export function installFakeBackend(handlers: Handlers): FakeBackend {
  const listeners = new Set<(event: AppEvent) => void>();
  const calls: FakeBackend['calls'] = [];
  setTransport({
    async invoke(channel, args) {
      calls.push({ channel, args });
      const handler = handlers[channel] as ((args: unknown) => unknown) | undefined;
      if (!handler) return { ok: false, error: { code: 'failed', message: `no fake handler for ${channel}` } };
      try {
        const value = await handler(args);
        // As the real server does (listDocuments): the library list always comes in the default order.
        if (channel === 'library:list') return { ok: true, value: sortDocuments(value as DocumentSummary[], DEFAULT_DOCUMENT_SORT) };
        return { ok: true, value };
      } catch (error) {
        if (error instanceof HandlerFailure) return { ok: false, error: { code: error.code, message: error.message } };
        throw error;
      }
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
  return {
    calls,
    callsTo: <C extends Channel>(channel: C) =>
      calls.filter((entry) => entry.channel === channel).map((entry) => entry.args as ArgsOf<C>),
    emit: (event) => {
      for (const listener of listeners) listener(event);
    },
  };
}

export function summary(overrides: Partial<DocumentSummary> & { id: number }): DocumentSummary {
  return {
    kind: 'report',
    format: 'pdf',
    title: `Document ${overrides.id}`,
    date: null,
    organisation: null,
    committee: null,
    author: null,
    fileName: `document-${overrides.id}.pdf`,
    pageCount: 1,
    importedAt: '2024-05-01T09:30:00.000Z',
    exempt: false,
    ...overrides,
  };
}

export function detail(overrides: Partial<DocumentDetail> & { id: number }): DocumentDetail {
  return {
    ...summary(overrides),
    sha256: 'f'.repeat(64),
    byteSize: 1234,
    sections: [],
    recommendations: [],
    pages: [{ pageIndex: 0, text: 'Only page.' }],
    ...overrides,
  };
}
