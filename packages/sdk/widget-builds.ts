import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * A browser holding the previous release's growthkit.js or widget file for its 5 minutes imports that release's
 * content-hashed chunks (docs/DEPLOYMENT.md, "Upgrading"), so a build of dist/sdk/widgets keeps the files of the builds
 * before it: hashed names never collide, and only the unhashed entry files are replaced. This manifest, in the folder,
 * lists what each recent build wrote (paths relative to the folder), newest first; what the current build wrote is
 * what readers of the build (the first script's build, the byte budgets) must see, not the kept files beside it.
 */
const MANIFEST = 'builds.json';

/** The current build and the two before it: three releases deployed within one 5-minute cache still find their chunks. */
const KEPT_BUILDS = 3;

const isChunk = (file: string) => file.startsWith('chunks/');

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const file = prefix + entry.name;
    if (entry.isDirectory()) return filesUnder(dir, `${file}/`);
    return file === MANIFEST ? [] : [file];
  });
}

/** The recorded builds, newest first; `written`: the files a build has just written, for a folder with no record yet. */
function readBuilds(dir: string, written: readonly string[] = []): string[][] {
  const manifest = join(dir, MANIFEST);
  if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { builds: string[][] }).builds;
  // a folder built before the manifest (each build emptied it) is one build: what it holds beside what was just written
  const found = existsSync(dir) ? filesUnder(dir).filter((file) => !written.includes(file)) : [];
  return found.length === 0 ? [] : [found];
}

/** The files under `dir` (dist/sdk/widgets) that its latest build wrote, relative to it: not those kept from earlier builds. */
export function currentWidgetFiles(dir: string): string[] {
  return readBuilds(dir)[0] ?? [];
}

/**
 * Records the files a build just wrote into `dir` and deletes those of builds older than the kept ones. A build that
 * `startsRelease` (the widgets) makes a new current build, unless it wrote no chunk the current one lacks (the same
 * release built again: the earlier builds stay); the others (the debug panel, built next into the same folder) join it.
 */
export function recordWidgetBuild(dir: string, written: readonly string[], { startsRelease }: { startsRelease: boolean }): void {
  const [current = [], ...earlier] = readBuilds(dir, written);
  const sameRelease = !startsRelease || written.filter(isChunk).every((file) => current.includes(file));
  const builds = sameRelease
    ? [[...new Set([...current, ...written])], ...earlier]
    : [[...written], current, ...earlier].filter((build) => build.length > 0).slice(0, KEPT_BUILDS);
  const kept = new Set(builds.flat());
  for (const file of filesUnder(dir)) if (!kept.has(file)) rmSync(join(dir, file));
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify({ builds })}\n`);
}

/** Keeps earlier builds' files beside this one's in the output folder (see above), in place of emptying it. */
export function keepEarlierBuilds({ startsRelease }: { startsRelease: boolean }): Plugin {
  return {
    name: 'growthkit:keep-earlier-builds',
    apply: 'build',
    writeBundle(output, bundle) {
      recordWidgetBuild(output.dir!, Object.keys(bundle), { startsRelease });
    },
  };
}
