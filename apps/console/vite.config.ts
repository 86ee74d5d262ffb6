import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { swappedOutDir } from '../../scripts/swapped-out-dir.ts';

// The console is a page of its own under the collector's /console (routes/console-files.ts); its files go to
// dist/console, hashed so they can be cached for good, swapped in whole so a running collector never answers 404 for
// them while `pnpm build` runs. No inline script or style: the page's CSP allows neither.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/console/',
  plugins: [swappedOutDir(fileURLToPath(new URL('../../dist/console', import.meta.url)))],
  oxc: { jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' } },
  build: {
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // maps beside the files, named by no file (no sourceMappingURL): `pnpm bench` reads them to tell which packages
    // the first page's bytes are (apps/console/bench/first-page.ts); a browser never fetches them
    sourcemap: 'hidden',
  },
  logLevel: 'warn',
});
