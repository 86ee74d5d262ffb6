import { fileURLToPath } from 'node:url';
import { dts } from 'rolldown-plugin-dts';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Preact's own declarations cannot be bundled (rolldown-plugin-dts trips over its overloads) and the public API needs
 * none of them, so the declarations' graph leaves them out; the build fails if the published .d.ts still imports
 * anything, since a host has none of the workspace's packages.
 */
const selfContainedTypes: Plugin = {
  name: 'growthkit:self-contained-types',
  enforce: 'pre',
  resolveId(id, importer) {
    if (importer?.endsWith('.d.ts') && /^(preact|@preact\/signals)(\/|$)/.test(id)) return { id, external: true };
    return undefined;
  },
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) {
      // what the declarations reference counts, not what was resolved on the way (file.imports keeps those)
      const reference = file.type === 'chunk' && file.fileName.endsWith('.d.ts') && /\bfrom\s*['"][^'"]+['"]|\bimport\s*\(/.exec(file.code);
      if (reference) this.error(`${file.fileName} has "${reference[0]}": the published types must stand alone`);
    }
  },
};

/**
 * The npm package (`pnpm pack` in packages/sdk runs it): ES modules in packages/sdk/dist with core, the widgets, Preact,
 * @preact/signals and idb bundled in, so a host installs one package with no dependencies and the widgets always run
 * on the Preact and signals they were tested with, whatever the host has. Each widget stays a chunk of its own behind
 * a dynamic import, which the host's bundler keeps lazy. The declarations come from TypeScript 7 (its tsc is the native
 * compiler rolldown-plugin-dts calls tsgo) through tsconfig.npm.json, bundled into one self-contained index.d.ts.
 */
export default defineConfig({
  plugins: [
    selfContainedTypes,
    ...dts({ tsgo: { path: here('../../node_modules/typescript/bin/tsc') }, tsconfig: here('../../tsconfig.npm.json') }).map(
      // before Vite's own TypeScript transform, which would strip the declarations' types
      (plugin) => ({ ...plugin, enforce: 'pre' as const }),
    ),
  ],
  // core's WITH_WORDS: decisions carry no words; the debug panel's chunk words them itself (describeReason)
  define: { __GROWTHKIT_DEBUG__: 'false' },
  oxc: { jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' } },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    target: 'es2022',
    // the host's bundler minifies the code; the widgets' CSS is already a string by then
    minify: false,
    cssMinify: true,
    // as for the script tag's chunks: CSS written for current browsers (light-dark(), color-mix()) stays as it is
    cssTarget: ['chrome123', 'firefox120', 'safari17.5'],
    lib: { entry: here('src/index.ts'), formats: ['es'] },
    rolldownOptions: {
      // as in the script tag's build: core's index re-exports zod schemas the runtime never uses
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/packages/core/src/') },
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
  logLevel: 'warn',
});
