import { existsSync, readFileSync } from 'node:fs';
import { decode } from '@jridgewell/sourcemap-codec';

/** The part of the product a source file belongs to: its npm package, GrowthKit package, or the console's folder. */
function partOf(source: string): string {
  const modules = source.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const [scope, name] = source.slice(modules + 'node_modules/'.length).split('/');
    return scope?.startsWith('@') ? `${scope}/${name}` : (scope ?? source);
  }
  const own = /(?:^|\/)packages\/([^/]+)\//.exec(source);
  if (own) return `@growthkit/${own[1]}`;
  const consoleFolder = /apps\/console\/src\/([^/]+)\//.exec(source);
  if (consoleFolder) return `console ${consoleFolder[1]}/`;
  return source.includes('apps/console/src/') ? 'console (top level)' : source;
}

/**
 * The bytes of a built file per part of the product, read from its source map (`<file>.map`): each mapped span of the
 * minified code counts for the source it came from; undefined when the build wrote no map.
 */
export function sourceMapParts(file: string): Map<string, number> | undefined {
  if (!existsSync(`${file}.map`)) return undefined;
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[]; mappings: string };
  const lines = readFileSync(file, 'utf8').split('\n');
  const parts = new Map<string, number>();
  const add = (part: string, bytes: number) => parts.set(part, (parts.get(part) ?? 0) + bytes);
  // decode gives, per generated line, segments [column, source, …] with absolute numbers
  for (const [index, segments] of decode(map.mappings).entries()) {
    const line = lines[index] ?? '';
    // columns count UTF-16 units; a span's bytes are those of its text
    const bytes = (start: number, end?: number) => Buffer.byteLength(line.slice(start, end));
    add('(not mapped)', bytes(0, segments[0]?.[0]));
    for (const [at, segment] of segments.entries()) {
      const part = segment.length >= 4 ? partOf(map.sources[segment[1]!] ?? '?') : '(not mapped)';
      add(part, bytes(segment[0], segments[at + 1]?.[0]));
    }
  }
  return parts;
}
