/** Menu commands reach the renderer as app events, after the page is given a user gesture. */
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import type { AppEvent } from '../../../shared/domain.ts';
import { AppEvents } from '../../../main/events.ts';

let installed: MenuItemConstructorOptions[] = [];
vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => template,
    setApplicationMenu: (menu: MenuItemConstructorOptions[]) => (installed = menu),
  },
}));

const { installMenu } = await import('../../../main/app/menu.ts');

function item(label: string): () => void {
  for (const menu of installed) {
    const found = Array.isArray(menu.submenu) ? menu.submenu.find((entry) => entry.label === label) : undefined;
    if (found?.click) return found.click as () => void;
  }
  throw new Error(`no ${label} item`);
}

describe('installMenu', () => {
  it('grants a user gesture, then sends the command', async () => {
    const order: string[] = [];
    const window = {
      isDestroyed: () => false,
      webContents: {
        executeJavaScript: (code: string, userGesture: boolean) => {
          order.push(`gesture ${code} ${userGesture}`);
          return Promise.resolve(undefined);
        },
      },
    } as unknown as BrowserWindow;
    const events = new AppEvents();
    const received = new Promise<AppEvent>((resolve) => events.subscribe(resolve));
    installMenu(events, false, () => window);

    item('Import &Files…')();
    const event = await received;
    order.push(`event ${JSON.stringify(event)}`);

    expect(order).toEqual(['gesture undefined true', 'event {"type":"menu","command":"import-files"}']);
  });

  it('does nothing when there is no window to act on', () => {
    const events = new AppEvents();
    const received: AppEvent[] = [];
    events.subscribe((event) => received.push(event));
    installMenu(events, false, () => null);
    item('&Find…')();
    expect(received).toEqual([]);
  });
});
