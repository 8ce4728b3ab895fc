/**
 * Runs the real preload the way a sandboxed renderer does: compiled to CommonJS and wrapped in a function
 * whose `require` knows only 'electron'. Any other import would fail here exactly as it would in Electron.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import type { BriefingBridge } from '../../../shared/ipc/bridge.ts';

const source = readFileSync(new URL('../../../main/app/preload.cts', import.meta.url), 'utf8');
const compiled = ts.transpileModule(source, {
  fileName: 'preload.cts',
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2023 },
}).outputText;

type Listener = (...args: unknown[]) => void;

function loadPreload() {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, Set<Listener>>();
  const invocations: unknown[][] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        invocations.push(args);
        return Promise.resolve({ ok: true, value: 'from main' });
      },
      on: (channel: string, listener: Listener) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)?.add(listener);
      },
      removeListener: (channel: string, listener: Listener) => listeners.get(channel)?.delete(listener),
    },
  };
  const sandboxRequire = (name: string) => {
    if (name === 'electron') return electron;
    throw new Error(`module not found: ${name}`);
  };
  const exports = {};
  new Function('require', 'process', 'exports', 'module', compiled)(sandboxRequire, {}, exports, { exports });
  const emit = (channel: string, ...args: unknown[]) => listeners.get(channel)?.forEach((listener) => listener(...args));
  return { exposed, listeners, invocations, emit };
}

describe('preload', () => {
  it('needs nothing but electron and exposes window.briefing', () => {
    const { exposed } = loadPreload();
    expect([...exposed.keys()]).toEqual(['briefing']);
  });

  it('forwards allowed channels to main on the invoke channel', async () => {
    const { exposed, invocations } = loadPreload();
    const bridge = exposed.get('briefing') as BriefingBridge;
    const args = { query: 'spending gap', limit: 5 };
    await expect(bridge.invoke('search:query', args)).resolves.toEqual({ ok: true, value: 'from main' });
    expect(invocations).toEqual([['briefing:invoke', 'search:query', args]]);
  });

  it('refuses channels outside the contract without contacting main', async () => {
    const { exposed, invocations } = loadPreload();
    const bridge = exposed.get('briefing') as BriefingBridge;
    for (const channel of ['shell:open', 'toString', '__proto__', 42 as unknown as string]) {
      await expect(bridge.invoke(channel, {})).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(invocations).toEqual([]);
  });

  it('delivers app events without the IPC event object, until unsubscribed', () => {
    const { exposed, emit, listeners } = loadPreload();
    const bridge = exposed.get('briefing') as BriefingBridge;
    const received: unknown[][] = [];
    const unsubscribe = bridge.onEvent((...args) => received.push(args));
    const event = { type: 'menu', command: 'find' };
    emit('briefing:event', { sender: 'ipc internals' }, event);
    unsubscribe();
    emit('briefing:event', { sender: 'ipc internals' }, event);
    expect(received).toEqual([[event]]);
    expect(listeners.get('briefing:event')?.size).toBe(0);
  });
});
