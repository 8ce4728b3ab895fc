// A stand-in for the parts of Electron's main-process API that main/app uses. It prints one JSON line
// per notable call, so a test can read what the composition root did and in which order. Once the
// window exists it makes one IPC call as the app page would, then quits like a user closing the app.
import { EventEmitter } from 'node:events';

const log = (entry) => process.stdout.write(`${JSON.stringify(entry)}\n`);
const env = process.env;

const invokeHandlers = new Map();
const appEmitter = new EventEmitter();
let ready = false;

export const app = Object.assign(appEmitter, {
  isPackaged: false,
  setName: (name) => log({ call: 'app.setName', name, ready }),
  enableSandbox: () => log({ call: 'app.enableSandbox', ready }),
  requestSingleInstanceLock: () => env.FAKE_SECOND_INSTANCE !== '1',
  whenReady: () =>
    new Promise((resolve) =>
      setImmediate(() => {
        ready = true;
        resolve();
      }),
    ),
  getPath: (name) => {
    if (name !== 'userData') throw new Error(`unexpected getPath(${name})`);
    return env.FAKE_USER_DATA;
  },
  getAppPath: () => env.FAKE_APP_PATH,
  getVersion: () => '0.0.0-test',
  setAboutPanelOptions: () => {},
  quit: () => {
    log({ call: 'app.quit' });
    let prevented = false;
    appEmitter.emit('will-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) {
      log({ call: 'exit', code: 0 });
      process.exit(0);
    }
  },
  exit: (code) => {
    log({ call: 'exit', code });
    process.exit(code);
  },
});

export const dialog = {
  showErrorBox: (title, content) => log({ call: 'dialog.showErrorBox', title, content }),
};

export const protocol = {
  registerSchemesAsPrivileged: (schemes) => log({ call: 'protocol.registerSchemesAsPrivileged', schemes, ready }),
  handle: (scheme) => log({ call: 'protocol.handle', scheme }),
};

const webRequest = {
  onBeforeRequest: () => log({ call: 'session.onBeforeRequest' }),
  onHeadersReceived: () => log({ call: 'session.onHeadersReceived' }),
};
export const session = {
  defaultSession: {
    setPermissionRequestHandler: () => log({ call: 'session.setPermissionRequestHandler' }),
    setPermissionCheckHandler: () => {},
    webRequest,
  },
};

export const ipcMain = {
  handle: (channel, handler) => {
    invokeHandlers.set(channel, handler);
    log({ call: 'ipcMain.handle', channel });
  },
};

export const Menu = {
  buildFromTemplate: (template) => template,
  setApplicationMenu: (template) => log({ call: 'Menu.setApplicationMenu', menus: template.map((m) => m.label ?? m.role) }),
};

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    log({ call: 'new BrowserWindow', webPreferences: options.webPreferences });
    const mainFrame = { url: 'app://briefing/index.html', parent: null };
    this.webContents = { id: 1, mainFrame, send: (channel, event) => log({ call: 'webContents.send', channel, event }) };
    appEmitter.emit('web-contents-created', {}, { on: () => {}, setWindowOpenHandler: () => {} });
  }

  isDestroyed() {
    return false;
  }

  loadURL(url) {
    log({ call: 'loadURL', url });
    // The page calls main only after it has loaded, never within loadURL itself.
    setImmediate(async () => {
      const invoke = invokeHandlers.get('briefing:invoke');
      const result = await invoke({ sender: this.webContents, senderFrame: this.webContents.mainFrame }, 'library:list', {});
      log({ call: 'invoke library:list', result });
      app.quit();
    });
    return Promise.resolve();
  }
}
