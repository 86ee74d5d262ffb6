import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

// `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"` in built (minified) ES modules; not `import(…)`,
// whose module loads only when it is called.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?(["'])(\.{1,2}\/[^"']+)\1/g;

/** The relative modules one built ES module imports statically, as paths relative to `root`. */
function staticImports(root: string, file: string): string[] {
  const source = readFileSync(join(root, file), 'utf8');
  return [...source.matchAll(STATIC_IMPORT)].map((match) => relative(root, join(dirname(join(root, file)), match[2])));
}

/** `entry` and every module it imports statically, directly or through others: what a browser fetches to run it. */
export function staticImportClosure(root: string, entry: string): string[] {
  const seen = new Set([entry]);
  for (const file of seen) for (const imported of staticImports(root, file)) seen.add(imported);
  return [...seen];
}
