/**
 * Who may call the IPC handlers: only the top frame of the app's own window, showing the app's own page.
 * An embedded frame, a DevTools page or any other web contents is refused even though it could reach
 * ipcRenderer through some future mistake, because the handlers can read and delete the whole library.
 */
import { isAppUrl } from './app-url.ts';

export interface InvokeSender {
  /** Id of the web contents the message came from. */
  webContentsId: number;
  /** URL of the frame that sent it; null when the frame has already gone. */
  frameUrl: string | null;
  /** Whether that frame is the top frame of its web contents (not an iframe). */
  isTopFrame: boolean;
}

export function isTrustedSender(sender: InvokeSender, appWebContentsId: number | null): boolean {
  return (
    appWebContentsId !== null &&
    sender.webContentsId === appWebContentsId &&
    sender.isTopFrame &&
    sender.frameUrl !== null &&
    isAppUrl(sender.frameUrl)
  );
}
