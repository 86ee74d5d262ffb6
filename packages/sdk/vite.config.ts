import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { terserPass } from './terser-pass.ts';
import { currentWidgetFiles } from './widget-builds.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Defines `__GROWTHKIT_SHARED_CHUNK__`, the widgets' shared chunk as the widgets build named it (`chunks/shared-<hash>`),
 * for script.ts to load by name. Read when a build starts, not when this file is loaded: tools that only read the
 * config (knip) run before any build.
 */
function sharedChunkName(): Plugin {
  return {
    name: 'growthkit:shared-chunk-name',
    apply: 'build',
    config() {
      const widgets = here('../../dist/sdk/widgets');
      // the folder keeps earlier builds' shared chunks too (widget-builds.ts): the one this build of the widgets wrote
      const found = currentWidgetFiles(widgets).filter((name) => /^chunks\/shared-[\w-]+\.js$/.test(name));
      if (found.length !== 1)
        throw new Error(`expected one shared chunk in ${widgets}'s current build, found ${found.length}: build the widgets first`);
      return { define: { __GROWTHKIT_SHARED_CHUNK__: JSON.stringify(found[0]!.slice(0, -'.js'.length)) } };
    },
  };
}

/**
 * The script-tag runtime: one IIFE, dist/sdk/growthkit.js, defining nothing global but window.growthkit. Built after the
 * widget chunks beside it (vite.widgets.config.ts, which starts a new build of dist/sdk/widgets) and the debug panel
 * (vite.debug.config.ts), since it names the widgets' shared chunk.
 */
export default defineConfig({
  // a second round with function declarations hoisted to the top of their scope (where the language puts them anyway)
  // gzips 17 B smaller; on the widget chunks, ES modules, it gzips larger
  plugins: [terserPass({}, { compress: { hoist_funs: true } }), sharedChunkName()],
  // core's WITH_WORDS: the minifier drops the reasons' words (describeReason) from the first script
  define: { __GROWTHKIT_DEBUG__: 'false' },
  // class fields set in constructors, not declared too (see the file; about 55 B gzip)
  tsconfig: here('tsconfig.build.json'),
  build: {
    outDir: here('../../dist/sdk'),
    // growthkit.js is replaced by name; the widgets' files beside it are the widget builds' own
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: { entry: here('src/script.ts'), formats: ['iife'], name: 'growthkitRuntime', fileName: () => 'growthkit.js' },
    rolldownOptions: {
      // the terser pass is most of the build's time by design: no warning saying so on every `pnpm build`
      checks: { bundlerTimings: false },
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
