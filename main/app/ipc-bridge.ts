/**
 * Electron's side of the contract: one IPC channel carries every call to dispatch(), after checking who
 * sent it, and app events travel back to the window on a second channel.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { fail } from '../../shared/result.ts';
import type { AppEvents } from '../events.ts';
import { dispatch, type Handlers } from '../ipc/dispatch.ts';
import { PRODUCT_NAME } from '../library/paths.ts';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './bridge-channels.ts';
import { isTrustedSender, type InvokeSender } from './sender-policy.ts';

function describeSender(event: IpcMainInvokeEvent): InvokeSender {
  const frame = event.senderFrame;
  return { webContentsId: event.sender.id, frameUrl: frame?.url ?? null, isTopFrame: frame?.parent === null };
}

/**
 * `currentWindow` is asked on every call because the window can be closed and reopened (macOS) while
 * the handlers live on for the life of the process.
 */
export function connectIpc(handlers: Handlers, events: AppEvents, currentWindow: () => BrowserWindow | null): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, channel: unknown, args: unknown) => {
    const window = currentWindow();
    const appContentsId = window && !window.isDestroyed() ? window.webContents.id : null;
    if (!isTrustedSender(describeSender(event), appContentsId)) {
      return fail('forbidden', `This request did not come from the ${PRODUCT_NAME} window.`);
    }
    return dispatch(handlers, channel, args);
  });
  events.subscribe((appEvent) => {
    const window = currentWindow();
    if (window && !window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, appEvent);
  });
}
