/** The IPC wiring, with Electron's ipcMain replaced by a stand-in that records the handler. */
import type { BrowserWindow } from 'electron';
import { AppEvents } from '../../../main/events.ts';
import type { Handlers } from '../../../main/ipc/dispatch.ts';

const registered = new Map<string, (...args: unknown[]) => unknown>();
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: (...args: unknown[]) => unknown) => registered.set(channel, handler) },
}));

const { connectIpc } = await import('../../../main/app/ipc-bridge.ts');

const WINDOW_ID = 3;
const sent: unknown[][] = [];
const window = {
  isDestroyed: () => false,
  webContents: { id: WINDOW_ID, send: (...args: unknown[]) => sent.push(args) },
} as unknown as BrowserWindow;

const handlers = { 'library:list': () => [] } as unknown as Handlers;
const events = new AppEvents();
connectIpc(handlers, events, () => window);

function invoke(sender: { id: number; url: string | null; top: boolean }, channel: unknown, args: unknown) {
  const handler = registered.get('briefing:invoke');
  if (!handler) throw new Error('no invoke handler');
  const senderFrame = sender.url === null ? null : { url: sender.url, parent: sender.top ? null : {} };
  return handler({ sender: { id: sender.id }, senderFrame }, channel, args);
}

describe('connectIpc', () => {
  it('runs calls from the app window through dispatch', async () => {
    await expect(invoke({ id: WINDOW_ID, url: 'app://briefing/index.html', top: true }, 'library:list', {})).resolves.toEqual({
      ok: true,
      value: [],
    });
    await expect(invoke({ id: WINDOW_ID, url: 'app://briefing/index.html', top: true }, 'library:list', { extra: 1 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it.each([
    { id: WINDOW_ID, url: 'app://briefing/index.html', top: false },
    { id: WINDOW_ID, url: 'https://example.org/', top: true },
    { id: WINDOW_ID + 1, url: 'app://briefing/index.html', top: true },
    { id: WINDOW_ID, url: null, top: true },
  ])('refuses a call from %o', async (sender) => {
    expect(await invoke(sender, 'library:list', {})).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'This request did not come from the Briefing Desk window.' },
    });
  });

  it('forwards app events to the window', () => {
    events.emit({ type: 'menu', command: 'find' });
    expect(sent).toEqual([['briefing:event', { type: 'menu', command: 'find' }]]);
  });
});
