/**
 * The desktop app's composition root: one instance, one library, one window. Everything it wires
 * together is built and tested elsewhere; this file only decides the order.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, dialog, session, type BrowserWindow } from 'electron';
import { AppEvents } from '../events.ts';
import { createHandlers } from '../ipc/handlers.ts';
import { openLibrary, type Library } from '../library/library.ts';
import { PRODUCT_NAME } from '../library/paths.ts';
import { registerAppScheme, serveRenderer } from './app-protocol.ts';
import { connectIpc } from './ipc-bridge.ts';
import { chooseLibraryPath } from './library-location.ts';
import { installMenu } from './menu.ts';
import { lockDownWebContents, secureSession } from './security.ts';
import { interfaceMissing, libraryOpenFailure, unexpectedFailure, type StartupFailure } from './startup-errors.ts';
import { createMainWindow, focusWindow } from './window.ts';

// All of these must happen before the app is ready. The name sets the user-data folder, so the
// desktop app and the CLI find the same library.
app.setName(PRODUCT_NAME);
app.enableSandbox();
registerAppScheme();

if (app.requestSingleInstanceLock()) {
  start();
} else {
  // Another instance owns the library; it has been told to come to the front (second-instance).
  app.quit();
}

function start(): void {
  const events = new AppEvents();
  let library: Library | null = null;
  let mainWindow: BrowserWindow | null = null;
  // The compiled preload sits next to this file; the built interface under the app folder.
  const preloadPath = path.join(import.meta.dirname, 'preload.cjs');
  const rendererRoot = path.join(app.getAppPath(), 'dist', 'renderer');

  const openWindow = (): void => {
    mainWindow = createMainWindow(preloadPath);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };
  const closeLibrary = async (): Promise<void> => {
    const open = library;
    library = null;
    await open?.close().catch((error: unknown) => console.error('Closing the library failed:', error));
  };
  const giveUp = async (failure: StartupFailure): Promise<void> => {
    dialog.showErrorBox(failure.title, failure.content);
    await closeLibrary();
    app.exit(1);
  };

  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents));
  app.on('second-instance', () => {
    if (mainWindow) focusWindow(mainWindow);
  });
  // macOS keeps an app running without windows and reopens one from the Dock.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (library && !mainWindow) openWindow();
  });
  // Closing waits for import workers and the database; quitting resumes once they are done.
  app.on('will-quit', (event) => {
    if (!library) return;
    event.preventDefault();
    void closeLibrary().finally(() => app.quit());
  });

  const ready = async (): Promise<void> => {
    await app.whenReady();
    if (!existsSync(path.join(rendererRoot, 'index.html'))) return giveUp(interfaceMissing(rendererRoot));
    const dbPath = chooseLibraryPath(process.env, app.getPath('userData'));
    try {
      library = openLibrary(dbPath);
    } catch (error) {
      return giveUp(libraryOpenFailure(dbPath, error));
    }
    app.setAboutPanelOptions({ applicationName: PRODUCT_NAME, applicationVersion: app.getVersion() });
    secureSession(session.defaultSession);
    serveRenderer(rendererRoot);
    connectIpc(createHandlers(library, events), events, () => mainWindow);
    installMenu(events, !app.isPackaged, () => mainWindow);
    openWindow();
    // Listed while the window loads, so the library view's first request finds it ready.
    library.documents.prepare();
    library.startUpkeep();
  };
  ready().catch((error: unknown) => {
    console.error(error);
    return giveUp(unexpectedFailure(error));
  });
}
