/** Builds the renderer into dist/renderer, where Electron (app:// scheme) and browser mode (http) both load it. */
import { fileURLToPath } from 'node:url';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The entry script asks for the library list and only then imports the interface (renderer/main.tsx).
 * Preload links for the interface's scripts let the browser fetch and compile them alongside the entry
 * rather than after it has run.
 */
function preloadInterface(): Plugin {
  return {
    name: 'briefing-preload-interface',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }): HtmlTagDescriptor[] {
        const boot = Object.values(bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith('/renderer/boot.tsx'),
        );
        if (boot?.type !== 'chunk') throw new Error('the build has no chunk for renderer/boot.tsx');
        // The entry itself is already loading from its script tag.
        const isEntry = (file: string) => bundle?.[file]?.type === 'chunk' && bundle[file].isEntry;
        return [boot.fileName, ...boot.imports.filter((file) => !isEntry(file))].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head',
        }));
      },
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  // Relative asset URLs, so the same build works under app:// and under any http origin.
  base: './',
  plugins: [react(), preloadInterface()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
  },
});
