import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { terserPass } from './terser-pass.ts';
import { keepEarlierBuilds } from './widget-builds.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Browser chunks the runtime imports lazily, as minified ES modules in dist/sdk/widgets/<name>.js; what two or more of
 * one build's entries share goes to dist/sdk/widgets/chunks/. The folder is never emptied: the previous builds' chunks
 * stay for browsers still holding their files, and builds.json says which files are this build's (widget-builds.ts).
 */
export function esChunks(
  entries: Record<string, string>,
  { startsRelease, define }: { startsRelease: boolean; define?: Record<string, string> },
): UserConfig {
  return defineConfig({
    plugins: [terserPass({ module: true, toplevel: true }), keepEarlierBuilds({ startsRelease })],
    define,
    // Classic JSX (h from preact, imported in each .tsx): about 300 B gzip less than the automatic runtime's calls.
    oxc: { jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' } },
    build: {
      outDir: here('../../dist/sdk/widgets'),
      emptyOutDir: false,
      target: 'es2022',
      // SPEC §11: current Chromium, Firefox and Safari; CSS written for them (light-dark(), color-mix()) is kept as it is.
      cssTarget: ['chrome123', 'firefox120', 'safari17.5'],
      minify: true,
      lib: {
        entry: Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, here(path)])),
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: {
        // the terser pass is most of the build's time by design: no warning saying so on every `pnpm build`
        checks: { bundlerTimings: false },
        // the entries keep their exports (the runtime reads them); a group that leaves its modules' dependencies where
        // they are (the dialog's) needs leave to add exports
        preserveEntrySignatures: 'allow-extension',
        // Byte budget: core's index re-exports its zod schemas, whose module-level construction looks like a side effect.
        treeshake: { moduleSideEffects: (id: string) => !id.includes('/packages/core/src/') },
        output: {
          // Vite leaves ES library output unminified (whitespace, annotations) for a downstream bundler; these chunks are
          // served to browsers as they are.
          minify: true,
          comments: false,
          // every chunk named by its content, served as immutable: a widget file a browser kept from the previous release
          // still finds the shared chunk it was built with, wherever those files are kept (docs/DEPLOYMENT.md); the
          // first script learns the shared chunk's name when it is built, after this build (vite.config.ts)
          chunkFileNames: 'chunks/[name]-[hash].js',
          codeSplitting: {
            groups: [
              // the value-saved code the value summary and the renewal recap share: a page with neither loads none of it
              { name: 'value', test: /\/value-summary\//, minShareCount: 2, priority: 1 },
              // the modal dialog the quota's and the cancel flow's share: a page with neither loads none of it
              { name: 'dialog', test: /\/widgets\/src\/dialog\//, minShareCount: 2, priority: 1, includeDependenciesRecursively: false },
              { name: 'shared', minShareCount: 2 },
            ],
          },
        },
      },
    },
    logLevel: 'warn',
  });
}
