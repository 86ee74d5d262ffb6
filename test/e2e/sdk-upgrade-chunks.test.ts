import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startCollector, type Collector } from '../../apps/collector/src/index.ts';
import { currentWidgetFiles, recordWidgetBuild } from '../../packages/sdk/widget-builds.ts';
import { sdkBundleSizes } from '../support/sdk-bundle-sizes.ts';
import { staticImportClosure } from '../support/static-imports.ts';

const WIDGETS_CONFIG = fileURLToPath(new URL('../../packages/sdk/vite.widgets.config.ts', import.meta.url));

/** A change to code every widget shares (Preact, in the shared chunk), as the next release's source would bring. */
const nextRelease: Plugin = {
  name: 'next-release',
  transform(code, id) {
    return /\/node_modules\/.*preact\/dist\/preact\.module\.js$/.test(id) ? `${code}\nglobalThis.__growthkitRelease = 2;` : undefined;
  },
};

/** `pnpm build`'s widgets step, with the real config, into a folder of this test's own. */
async function buildWidgets(outDir: string, plugins: Plugin[] = []) {
  await build({ configFile: WIDGETS_CONFIG, logLevel: 'warn', build: { outDir }, plugins });
}

let root: string;
let collector: Collector | undefined;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'growthkit-upgrade-'));
});
afterAll(async () => {
  await collector?.close();
  rmSync(root, { recursive: true, force: true });
});

test("after a rebuild with changed widget code, a widget file a browser kept from the previous release still gets every chunk it imports; readers of the build see only the new one's", async () => {
  const sdk = join(root, 'sdk');
  const widgets = join(sdk, 'widgets');
  mkdirSync(sdk, { recursive: true });
  writeFileSync(join(sdk, 'growthkit.js'), '/* the first script */');

  await buildWidgets(widgets);
  // what a browser holds of the previous release: checklist.js, and the chunks it imports
  const previous = staticImportClosure(sdk, 'widgets/checklist.js');
  const previousChunks = previous.filter((file) => file.startsWith('widgets/chunks/'));
  expect(previousChunks).toContainEqual(expect.stringMatching(/^widgets\/chunks\/shared-[\w-]{8}\.js$/));
  const kept = new Map(previousChunks.map((file) => [file, readFileSync(join(sdk, file), 'utf8')]));

  await buildWidgets(widgets, [nextRelease]);
  const current = staticImportClosure(sdk, 'widgets/checklist.js').filter((file) => file.startsWith('widgets/chunks/'));
  expect(current.filter((file) => previousChunks.includes(file))).not.toEqual(current);

  collector = await startCollector({ port: 0, dbPath: join(root, 'upgrade.sqlite'), sdkDir: sdk });
  for (const [file, text] of kept) {
    const res = await fetch(`${collector.url}/sdk/${file}`);
    expect(res.status, file).toBe(200);
    expect(await res.text()).toBe(text);
  }
  for (const file of current) expect((await fetch(`${collector.url}/sdk/${file}`)).status, file).toBe(200);

  // the debug panel's build joins the widgets' (a stand-in here: its byte budget is not this test's)
  writeFileSync(join(widgets, 'debug-panel.js'), 'export{}');
  recordWidgetBuild(widgets, ['debug-panel.js'], { startsRelease: false });
  // the first script's build names the one shared chunk of the current build, and the byte budgets count only its files
  const shared = currentWidgetFiles(widgets).filter((file) => file.startsWith('chunks/shared-'));
  expect(shared.map((file) => `widgets/${file}`)).toEqual(current.filter((file) => file.includes('/shared-')));
  const counted = [...sdkBundleSizes(sdk).sizes.keys()];
  expect(counted.filter((file) => kept.has(file) && !current.includes(file))).toEqual([]);
  expect(counted).toEqual(expect.arrayContaining(current));
}, 120_000);
