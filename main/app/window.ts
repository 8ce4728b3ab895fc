/** Creates the one main window and loads the interface into it. */
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-url.ts';
import { mainWindowOptions } from './window-options.ts';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath, process.platform));
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error(`Could not load ${APP_ENTRY_URL}:`, error);
    // Show the window anyway: a visible error page is better than an app that seems not to start.
    window.show();
  });
  return window;
}

/** Brings the window to the front, e.g. when someone starts the app a second time. */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
