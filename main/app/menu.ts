/** Installs the application menu; its import and find items become app events for the renderer. */
import { Menu, type BrowserWindow } from 'electron';
import type { MenuCommand } from '../../shared/domain.ts';
import type { AppEvents } from '../events.ts';
import { buildMenuTemplate } from './menu-template.ts';

/**
 * A click in the native menu is not a click in the page, and Chromium opens a file picker only
 * for a page the user has just interacted with. Running an empty script marked as a user gesture
 * gives the page that activation (it lasts a few seconds), so the renderer can open its picker
 * when the command arrives.
 */
function sendCommand(window: BrowserWindow, events: AppEvents, command: MenuCommand): void {
  window.webContents
    .executeJavaScript('undefined', true)
    .catch((error: unknown) => console.error('Could not mark the menu command as a user gesture:', error))
    .then(() => events.emit({ type: 'menu', command }));
}

export function installMenu(events: AppEvents, isDevelopment: boolean, currentWindow: () => BrowserWindow | null): void {
  const template = buildMenuTemplate({
    platform: process.platform,
    isDevelopment,
    onCommand: (command) => {
      const window = currentWindow();
      if (window && !window.isDestroyed()) sendCommand(window, events, command);
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
