import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { terserPass } from './terser-pass.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The script-tag runtime: one IIFE, dist/sdk/growthkit.js, defining nothing global but
 * window.growthkit. Widget chunks are built next to it by vite.widgets.config.ts, the debug panel by vite.debug.config.ts.
 */
export default defineConfig({
  plugins: [terserPass({})],
  // core's WITH_WORDS: the minifier drops the reasons' words (describeReason) from the first script
  define: { __GROWTHKIT_DEBUG__: 'false' },
  // class fields set in constructors, not declared too (see the file; about 55 B gzip)
  tsconfig: here('tsconfig.build.json'),
  build: {
    outDir: here('../../dist/sdk'),
    // Only this build empties dist/sdk; it runs first and the widgets build adds dist/sdk/widgets.
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    lib: { entry: here('src/script.ts'), formats: ['iife'], name: 'growthkitRuntime', fileName: () => 'growthkit.js' },
    rolldownOptions: {
      treeshake: {
        // Byte budget (≤ 15 KB gzip): core's index re-exports its zod schemas, whose module-level
        // construction looks like a side effect; the runtime uses only core's zod-free functions.
        moduleSideEffects: (id: string) => !id.includes('/packages/core/src/'),
        // idb's two optional features, database shortcuts (db.getAll('store')) and async iteration of cursors, install
        // themselves by calling replaceTraps when the module loads; the outbox uses neither (its transactions and
        // requests are idb's core), so those calls and what only they reach are left out: about 450 B gzip.
        manualPureFunctions: ['replaceTraps'],
      },
    },
  },
  logLevel: 'warn',
});
