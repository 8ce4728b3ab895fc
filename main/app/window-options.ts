/** How the one main window is built; kept apart from Electron so the security flags are tested. */
import type { BrowserWindowConstructorOptions } from 'electron';
import { PRODUCT_NAME } from '../library/paths.ts';

/**
 * Spell checking only where the operating system supplies it (macOS). Elsewhere Chromium would fetch
 * Hunspell dictionaries from Google's servers, and this app promises that nothing leaves the machine.
 */
export function hasOfflineSpellChecker(platform: NodeJS.Platform): boolean {
  return platform === 'darwin';
}

export function mainWindowOptions(preloadPath: string, platform: NodeJS.Platform): BrowserWindowConstructorOptions {
  return {
    title: PRODUCT_NAME,
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 520,
    // Shown once the first paint is ready, so people never see an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // A file dropped on the window must not replace the app with that file.
      navigateOnDragDrop: false,
      spellcheck: hasOfflineSpellChecker(platform),
    },
  };
}
