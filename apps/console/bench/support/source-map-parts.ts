import { existsSync, readFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One segment's fields of a source map's `mappings` (Base64 VLQ, each field relative to the one before it). */
function decodeSegment(text: string): number[] {
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return fields;
}

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
  let source = 0;
  for (const [index, mappings] of map.mappings.split(';').entries()) {
    const line = lines[index] ?? '';
    // columns count UTF-16 units; a span's bytes are those of its text
    const bytes = (start: number, end?: number) => Buffer.byteLength(line.slice(start, end));
    let column = 0;
    const spans: { start: number; source: number | undefined }[] = [];
    for (const segment of mappings.split(',').filter(Boolean)) {
      const fields = decodeSegment(segment);
      column += fields[0] ?? 0;
      if (fields.length >= 4) source += fields[1] ?? 0;
      spans.push({ start: column, source: fields.length >= 4 ? source : undefined });
    }
    add('(not mapped)', bytes(0, spans[0]?.start));
    for (const [at, span] of spans.entries()) {
      const part = span.source === undefined ? '(not mapped)' : partOf(map.sources[span.source] ?? '?');
      add(part, bytes(span.start, spans[at + 1]?.start));
    }
  }
  return parts;
}
