import { hasOfflineSpellChecker, mainWindowOptions } from '../../../main/app/window-options.ts';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/app/dist/app/main/app/preload.cjs', 'linux');
  const prefs = options.webPreferences ?? {};

  it('isolates the page from Node and Electron', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and web views off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('loads the given preload and waits for the first paint before showing', () => {
    expect(prefs.preload).toBe('/app/dist/app/main/app/preload.cjs');
    expect(options.show).toBe(false);
    expect(options.title).toBe('Briefing Desk');
  });

  it('checks spelling only where the system does it without downloading dictionaries', () => {
    expect(prefs.spellcheck).toBe(false);
    expect(mainWindowOptions('/p.cjs', 'darwin').webPreferences?.spellcheck).toBe(true);
    expect(hasOfflineSpellChecker('win32')).toBe(false);
  });
});
