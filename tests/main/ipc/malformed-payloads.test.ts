/**
 * Every call in the contract refuses malformed arguments before any handler runs: wrong types, unknown
 * keys, oversized or hostile values. The handlers here record whether they were reached.
 */
import { describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '../../../main/ipc/dispatch.ts';
import { channels } from '../../../shared/ipc/contract.ts';

const reached: string[] = [];
const recordingHandlers = new Proxy({} as Handlers, {
  get: (_target, channel: string) => () => {
    reached.push(channel);
    return null;
  },
});

const MALFORMED: unknown[] = [
  42,
  'library',
  [],
  true,
  { unexpectedKey: 1 },
  JSON.parse('{"__proto__": {"polluted": true}, "unexpectedKey": 2}'),
  { id: -1, query: 'x'.repeat(100_000), unexpectedKey: 'x' },
];

describe('contract argument validation', () => {
  it.each(channels)('%s refuses every malformed payload without reaching its handler', async (channel) => {
    for (const payload of MALFORMED) {
      const result = await dispatch(recordingHandlers, channel, payload);
      expect(result, `${channel} accepted ${JSON.stringify(payload)?.slice(0, 80)}`).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
    expect(reached).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a channel that is not in the contract', async () => {
    expect(await dispatch(recordingHandlers, 'fs:readFile', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await dispatch(recordingHandlers, '__proto__', {})).toMatchObject({ ok: false });
    expect(reached).toEqual([]);
  });
});
