import { lstatSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { Plugin } from 'vite';

/**
 * A Vite plugin for a folder that a running server answers from (dist/console, dist/demo): the build goes to a fresh
 * folder beside it, `<outDir>.builds/<n>`, and `outDir` is a symlink that one rename then points at the new build. A
 * request meets the old build or the new one, whole, never an emptied or half-written folder. The build just replaced
 * is kept, for a server that holds on to the build it started with (the demo reads its page once) and for a page of
that build still open (the collector answers the console's chunks from it); older ones go.
 */
export function swappedOutDir(outDir: string): Plugin {
  const builds = `${outDir}.builds`;
  const next = join(builds, `${process.pid}-${Date.now()}`);
  // a build that failed leaves its folder unfinished: the one served stays
  let failed = false;
  return {
    name: 'swapped-out-dir',
    apply: 'build',
    config: () => ({ build: { outDir: next, emptyOutDir: true } }),
    buildEnd(error) {
      if (error) failed = true;
    },
    renderError() {
      failed = true;
    },
    closeBundle() {
      if (failed) return;
      const previous = lstatSync(outDir, { throwIfNoEntry: false });
      const kept = previous?.isSymbolicLink() ? basename(readlinkSync(outDir)) : undefined;
      // a plain folder from before this plugin: replaced the slow way, once
      if (previous !== undefined && !previous.isSymbolicLink()) rmSync(outDir, { recursive: true, force: true });
      const link = `${outDir}.next-link`;
      rmSync(link, { force: true });
      symlinkSync(relative(dirname(outDir), next), link);
      renameSync(link, outDir);
      for (const build of readdirSync(builds)) {
        if (build !== basename(next) && build !== kept) rmSync(join(builds, build), { recursive: true, force: true });
      }
    },
  };
}
