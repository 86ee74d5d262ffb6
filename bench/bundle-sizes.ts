// GrowthKit's bytes side by side with its peers', in one run (issue 15, acceptance 2): the gzip -9 bytes of the first
// script, a page showing one widget (the largest) and everything but the debug panel, computed as the budget test does
// (test/support/sdk-bundle-sizes.ts), against what a browser loads for each peer installed as a bench-only
// devDependency. A peer that ships a script-tag bundle is measured as shipped, its stylesheet included; Flows ships
// ES modules only, so it is bundled here as an app would (Vite, minified; its lazily loaded debug panel left out, as
// GrowthKit's is). Needs `pnpm build` first. Run: pnpm exec tsx bench/bundle-sizes.ts
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';
import { BYTE_BUDGET, FIRST_SCRIPT, gzip9, sdkBundleSizes } from '../test/support/sdk-bundle-sizes.ts';
import { budgetFigure } from '../scripts/bench-budgets.ts';
import { reportBench } from '../scripts/bench-report.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const moduleDir = (pkg: string) => `${ROOT}node_modules/${pkg}/`;
const version = (pkg: string): string => JSON.parse(readFileSync(`${moduleDir(pkg)}package.json`, 'utf8')).version;

interface Peer {
  name: string;
  packages: string[];
  /** what it puts in front of users */
  ships: string;
  /** ships in-app prompts, surveys or experiments: GrowthKit must be smaller; tour-only libraries are for scale */
  inApp: boolean;
  measure: () => Promise<{ file: string; bytes: number }[]>;
}

const shipped = (pkg: string, files: string[]) => async () =>
  files.map((file) => ({ file: `${pkg}/${file}`, bytes: gzip9(readFileSync(moduleDir(pkg) + file)) }));

const FLOWS_ENTRY = '\0flows-app';
const FLOWS_APP = `import { init } from '@flows/js';
import { setupJsComponents } from '@flows/js-components';
import * as components from '@flows/js-components/components';
import * as tourComponents from '@flows/js-components/tour-components';
import * as surveyComponents from '@flows/js-components/survey-components';
import '@flows/js-components/index.css';
setupJsComponents({ components, tourComponents, surveyComponents });
init({ organizationId: 'bench', environment: 'production' });`;

/** Flows as an app bundles it: the entry chunk, what it imports statically, and the stylesheet; not dynamic imports. */
async function flowsBundle() {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    plugins: [
      {
        name: 'flows-app',
        resolveId: (id) => (id === FLOWS_ENTRY ? id : undefined),
        load: (id) => (id === FLOWS_ENTRY ? FLOWS_APP : undefined),
      },
    ],
    build: {
      write: false,
      minify: true,
      rollupOptions: {
        input: FLOWS_ENTRY,
        output: { entryFileNames: 'flows-app.js', chunkFileNames: '[name].js', assetFileNames: 'flows-app[extname]' },
      },
    },
  });
  const output = (Array.isArray(result) ? result : [result as Rollup.RollupOutput]).flatMap((bundle) => bundle.output);
  const chunks = new Map(output.flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item] as const] : [])));
  const loaded = new Set([...chunks.values()].filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
  for (const name of loaded) for (const imported of chunks.get(name)?.imports ?? []) loaded.add(imported);
  const css = output.flatMap((item) => (item.type === 'asset' && item.fileName.endsWith('.css') ? [item] : []));
  return [
    ...[...loaded].map((name) => ({ file: `app bundle: ${name}`, bytes: gzip9(chunks.get(name)!.code) })),
    ...css.map((item) => ({
      file: `app bundle: ${item.fileName}`,
      bytes: gzip9(Buffer.from(item.source)),
    })),
  ];
}

const PEERS: Peer[] = [
  {
    name: 'PostHog with surveys',
    packages: ['posthog-js'],
    ships: 'analytics, feature flags, experiments, in-app surveys',
    inApp: true,
    measure: shipped('posthog-js', ['dist/array.js', 'dist/surveys.js']),
  },
  {
    name: 'Flows with its components',
    packages: ['@flows/js', '@flows/js-components'],
    ships: 'in-app flows: modals, tooltips, hints, cards, checklists, tours, surveys',
    inApp: true,
    measure: flowsBundle,
  },
  {
    name: 'GrowthBook',
    packages: ['@growthbook/growthbook'],
    ships: 'feature flags and experiments (no UI)',
    inApp: true,
    measure: shipped('@growthbook/growthbook', ['dist/bundles/auto.min.js']),
  },
  {
    name: 'driver.js',
    packages: ['driver.js'],
    ships: 'product tours and highlights only',
    inApp: false,
    measure: shipped('driver.js', ['dist/driver.js.iife.js', 'dist/driver.css']),
  },
  {
    name: 'Shepherd',
    packages: ['shepherd.js'],
    ships: 'product tours only',
    inApp: false,
    measure: shipped('shepherd.js', ['dist/js/shepherd.mjs', 'dist/css/shepherd.css']),
  },
];

const sdk = sdkBundleSizes();
const largest = sdk.largestPage!;
const widgetName = (file: string) => file.replace(/^widgets\//, '').replace(/\.js$/, '');
const growthkit = {
  firstScript: sdk.sum([FIRST_SCRIPT]),
  pageWithOneWidget: sdk.sum(sdk.pageWith(largest)),
  allButDebugPanel: sdk.sum(sdk.allButDebugPanel),
};
type Measure = keyof typeof growthkit;
const MEASURES: Measure[] = ['firstScript', 'pageWithOneWidget', 'allButDebugPanel'];
const MEASURE_NAMES: Record<Measure, string> = {
  firstScript: 'the first script',
  pageWithOneWidget: 'a page with one widget',
  allButDebugPanel: 'everything',
};
const largestWidgetFile = sdk.widgets.reduce((most, widget) => Math.max(most, sdk.sum([widget])), 0);
const debugPanel = sdk.sum(sdk.debugPanel);

const peers = [];
for (const peer of PEERS) {
  const files = await peer.measure();
  const bytes = files.reduce((total, file) => total + file.bytes, 0);
  const ratio = Object.fromEntries(MEASURES.map((measure) => [measure, Number((growthkit[measure] / bytes).toFixed(3))]));
  peers.push({ ...peer, versions: peer.packages.map((pkg) => `${pkg}@${version(pkg)}`), files, bytes, ratio });
}
const misses = peers.flatMap((peer) =>
  peer.inApp
    ? MEASURES.filter((measure) => growthkit[measure] >= peer.bytes).map(
        (measure) => `${MEASURE_NAMES[measure]} is not smaller than ${peer.name}`,
      )
    : [],
);

const b = (bytes: number) => `${bytes.toLocaleString('en')} B`;
const times = (ratio: number) => `${ratio.toFixed(2)}×`;
const mark = (met: boolean) => (met ? '✓' : '✗');
const markdown = [
  "gzip -9 of each file as the browser fetches it, summed per set (1 KB = 1,000 B); GrowthKit from this run's `pnpm build`",
  '(the same computation as `test/budgets/bundle-size.test.ts`). A peer with a script-tag bundle is measured as shipped,',
  'with its stylesheet; Flows ships ES modules only and is bundled as an app would (Vite, minified, all components and',
  "their stylesheet; its lazily loaded debug panel left out, as GrowthKit's is). Issue 15, acceptance 2: each GrowthKit",
  'figure smaller than every peer that ships in-app prompts, surveys or experiments; tour-only libraries for scale.',
  '',
  '| GrowthKit | files | gzip -9 | SPEC §11 budget |',
  '|---|---|---|---|',
  `| first script | \`${FIRST_SCRIPT}\` | **${b(growthkit.firstScript)}** | ≤ ${b(BYTE_BUDGET.firstScript)} ${mark(growthkit.firstScript <= BYTE_BUDGET.firstScript)} |`,
  `| a page showing one widget, the largest: ${widgetName(largest)} | ${sdk.pageWith(largest).length} | **${b(growthkit.pageWithOneWidget)}** | ≤ ${b(BYTE_BUDGET.pageWithOneWidget)} ${mark(growthkit.pageWithOneWidget <= BYTE_BUDGET.pageWithOneWidget)} |`,
  `| everything but the debug panel | ${sdk.allButDebugPanel.length} | **${b(growthkit.allButDebugPanel)}** | ≤ ${b(BYTE_BUDGET.allButDebugPanel)} ${mark(growthkit.allButDebugPanel <= BYTE_BUDGET.allButDebugPanel)} |`,
  `| largest widget file | 1 | ${b(largestWidgetFile)} | ≤ ${b(BYTE_BUDGET.widget)} ${mark(largestWidgetFile <= BYTE_BUDGET.widget)} |`,
  `| debug panel and what only it imports | ${sdk.debugPanel.length} | ${b(debugPanel)} | ≤ ${b(BYTE_BUDGET.debugPanel)} ${mark(debugPanel <= BYTE_BUDGET.debugPanel)} |`,
  '',
  '| peer | ships | files measured (gzip -9 each) | gzip -9 | first script / peer | page with one widget / peer | everything / peer |',
  '|---|---|---|---|---|---|---|',
  ...peers.map(
    (peer) =>
      `| ${peer.name} (${peer.versions.join(', ')})${peer.inApp ? '' : ', for scale'} | ${peer.ships} | ${peer.files.map((file) => `\`${file.file}\` ${b(file.bytes)}`).join('<br>')} | **${b(peer.bytes)}** | ${MEASURES.map((measure) => `${times(peer.ratio[measure]!)}${peer.inApp ? ` ${mark(growthkit[measure] < peer.bytes)}` : ''}`).join(' | ')} |`,
  ),
  '',
  misses.length === 0
    ? '**Acceptance 2 holds:** every GrowthKit figure is smaller than every peer that ships in-app prompts, surveys or experiments.'
    : `**Acceptance 2 does not hold:** ${misses.join('; ')}. GrowthBook (experiments and flags, no UI) is compared with GrowthKit's first script, which carries its experiments; the widget UI comes on top.`,
].join('\n');

reportBench({
  id: 'bundle-sizes',
  title: 'Bundle sizes against peers (gzip -9)',
  markdown,
  figures: {
    growthkit: {
      firstScript: growthkit.firstScript,
      pageWithOneWidget: growthkit.pageWithOneWidget,
      largestPageWidget: widgetName(largest),
      allButDebugPanel: growthkit.allButDebugPanel,
      largestWidgetFile,
      debugPanel,
    },
    peers: Object.fromEntries(
      peers.map((peer) => [
        peer.name,
        {
          versions: peer.versions,
          inApp: peer.inApp,
          files: Object.fromEntries(peer.files.map((file) => [file.file, file.bytes])),
          bytes: peer.bytes,
          ratio: peer.ratio,
        },
      ]),
    ),
    smallerThanEveryInAppPeer: misses.length === 0,
    misses,
    budgets: {
      firstScript: budgetFigure(b(growthkit.firstScript), growthkit.firstScript <= BYTE_BUDGET.firstScript),
      widgetFile: budgetFigure(`${b(largestWidgetFile)} (largest)`, largestWidgetFile <= BYTE_BUDGET.widget),
      pageWithOneWidget: budgetFigure(
        `${b(growthkit.pageWithOneWidget)} (${widgetName(largest)})`,
        growthkit.pageWithOneWidget <= BYTE_BUDGET.pageWithOneWidget,
      ),
      allButDebugPanel: budgetFigure(b(growthkit.allButDebugPanel), growthkit.allButDebugPanel <= BYTE_BUDGET.allButDebugPanel),
      debugPanel: budgetFigure(b(debugPanel), debugPanel <= BYTE_BUDGET.debugPanel),
    },
  },
});
