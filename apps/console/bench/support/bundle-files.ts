import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file of the console's build: its path below the build's folder, its bytes and its bytes after gzip -9. */
export interface BundleFile {
  path: string;
  bytes: number;
  gzip: number;
}

/** Every file the console's build wrote (source maps aside: the browser never fetches them), largest gzip first. */
export function bundleFiles(dir: string): BundleFile[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(dir)
    .filter((path) => !path.endsWith('.map'))
    .map((path) => {
      const body = readFileSync(path);
      return { path: relative(dir, path), bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
}
