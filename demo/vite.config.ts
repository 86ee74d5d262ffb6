import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The demo host app is built like any customer's app; GrowthKit itself arrives through the script tag.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: { outDir: fileURLToPath(new URL('../dist/demo', import.meta.url)), emptyOutDir: true },
  logLevel: 'warn',
});
