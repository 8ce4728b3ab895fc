/**
 * The application menu. Import and Find are carried out by the renderer (it owns the pickers and the
 * search box), so those items only announce a command; everything else is a standard Electron role,
 * which brings the platform's own wording, shortcuts and accessibility.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/domain.ts';
import { PRODUCT_NAME } from '../library/paths.ts';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Reload and DevTools are for people building the app, not for committee members. */
  isDevelopment: boolean;
  onCommand(command: MenuCommand): void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate({ platform, isDevelopment, onCommand }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (label: string, accelerator: string, name: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => onCommand(name),
  });

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('Import &Files…', 'CmdOrCtrl+O', 'import-files'),
      command('Import F&older…', 'CmdOrCtrl+Shift+O', 'import-folder'),
      separator,
      command('&Back Up Library…', 'CmdOrCtrl+Shift+B', 'backup'),
      { label: 'Back Up for &Sharing (Without Exempt Papers)…', click: () => onCommand('backup-shareable') },
      // Rare and drastic: no shortcut, so it is never chosen by accident.
      { label: '&Restore Library…', click: () => onCommand('restore') },
      // On macOS, Quit lives in the application menu.
      ...(isMac ? [] : [separator, { role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      command('&Find…', 'CmdOrCtrl+F', 'find'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(isDevelopment ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, separator] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ role: 'about', label: `About ${PRODUCT_NAME}` }],
  };

  return [...(isMac ? [{ role: 'appMenu' } as const] : []), file, edit, view, ...(isMac ? [{ role: 'windowMenu' } as const] : []), help];
}
