import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { currentWidgetFiles } from '../../packages/sdk/widget-builds.ts';
import { staticImportClosure } from './static-imports.ts';

// The SDK's byte figures of SPEC §11, computed one way for the budget test (test/budgets/bundle-size.test.ts) and the
// size benchmark (bench/bundle-sizes.ts): gzip -9 of each built file as the browser fetches it, 1 KB = 1,000 B. A sum is
// of files gzipped each on its own (SPEC's own anchor "PostHog + surveys 171 KB" is 122 KB + 49 KB, two files summed).

/** SPEC §11 byte budgets, gzip -9, 1 KB = 1,000 B (the stricter reading). */
export const BYTE_BUDGET = {
  firstScript: 15_000,
  widget: 5_000,
  pageWithOneWidget: 30_000,
  allButDebugPanel: 40_000,
  debugPanel: 20_000,
};
const SDK_DIST = fileURLToPath(new URL('../../dist/sdk/', import.meta.url));
export const FIRST_SCRIPT = 'growthkit.js';
const DEBUG_PANEL = 'widgets/debug-panel.js';

export const gzip9 = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return jsFiles(join(dir, entry.name));
    return entry.name.endsWith('.js') ? [join(dir, entry.name)] : [];
  });
}

/** Every built SDK file's gzip -9 size and the file sets SPEC §11 budgets, read from the output of `pnpm build`. */
export function sdkBundleSizes(sdk = SDK_DIST) {
  if (!existsSync(join(sdk, FIRST_SCRIPT))) throw new Error(`no ${join(sdk, FIRST_SCRIPT)}: run \`pnpm build\` first`);
  // the current build's files only: dist/sdk/widgets keeps earlier builds' chunks beside them for upgrades
  const current = new Set(currentWidgetFiles(join(sdk, 'widgets')).map((file) => `widgets/${file}`));
  const built = jsFiles(sdk).filter((file) => {
    const name = relative(sdk, file);
    return !name.startsWith('widgets/') || current.has(name);
  });
  const sizes = new Map(built.map((file) => [relative(sdk, file), gzip9(readFileSync(file))]));
  const sum = (names: readonly string[]) => names.reduce((total, name) => total + sizes.get(name)!, 0);
  /** One entry module per widget type, whatever types the build has (the runtime loads widgets/<type>.js). */
  const widgets = [...sizes.keys()].filter((name) => /^widgets\/[^/]+\.js$/.test(name) && name !== DEBUG_PANEL).sort();
  /** What a page showing that one widget fetches: the first script, the widget's entry and every chunk it imports. */
  const pageWith = (widget: string) => [FIRST_SCRIPT, ...staticImportClosure(sdk, widget)];
  /** The debug panel and the chunks only it imports (a chunk shared with a widget is counted with the widgets). */
  const usedBesideDebugPanel = new Set([FIRST_SCRIPT, ...widgets.flatMap((widget) => staticImportClosure(sdk, widget))]);
  const debugPanel = staticImportClosure(sdk, DEBUG_PANEL).filter((name) => !usedBesideDebugPanel.has(name));
  const allButDebugPanel = [...sizes.keys()].filter((name) => !debugPanel.includes(name));
  /** The widget whose page fetches the most bytes. */
  const largestPage = [...widgets].sort((a, b) => sum(pageWith(b)) - sum(pageWith(a)))[0];
  return { sizes, sum, widgets, pageWith, debugPanel, allButDebugPanel, largestPage, debugPanelEntry: DEBUG_PANEL };
}
