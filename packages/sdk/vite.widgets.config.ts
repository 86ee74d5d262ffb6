import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The widget chunks the runtime imports lazily: dist/sdk/widgets/<type>.js as ES modules, with what
 * widgets share (preact, @preact/signals) split into dist/sdk/widgets/chunks/.
 */
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: here('../../dist/sdk/widgets'),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    lib: {
      entry: {
        checklist: here('src/widgets/entries/checklist.ts'),
        aha: here('src/widgets/entries/aha.ts'),
        'value-summary': here('src/widgets/entries/value-summary.ts'),
        quota: here('src/widgets/entries/quota.ts'),
        upsell: here('src/widgets/entries/upsell.ts'),
        'debug-panel': here('src/widgets/entries/debug-panel.ts'),
        experiments: here('src/experiments/experiments-chunk.ts'),
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/packages/core/src/') },
      output: {
        // Vite leaves ES library output unminified (whitespace, annotations) for a downstream bundler; these chunks are
        // served to browsers as they are.
        minify: true,
        comments: false,
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: { groups: [{ name: 'shared', minShareCount: 2 }] },
      },
    },
  },
  logLevel: 'warn',
});
