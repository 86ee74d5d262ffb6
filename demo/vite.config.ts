import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { swappedOutDir } from '../scripts/swapped-out-dir.ts';

// The demo host app is built like any customer's app; GrowthKit itself arrives through the script tag. dist/demo is
// swapped in whole, so a running demo keeps its files while `pnpm build` runs.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [swappedOutDir(fileURLToPath(new URL('../dist/demo', import.meta.url)))],
  logLevel: 'warn',
});
