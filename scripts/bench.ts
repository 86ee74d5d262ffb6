// `pnpm bench`: builds once, then runs every benchmark (bench/*.ts, apps/*/bench/*.ts, packages/*/bench/*.ts) in turn,
// each in its own process so one cannot warm or slow the next, and writes docs/BENCHMARKS.md and bench/results.json
// from that one run. Each bench hands its section and figures over through scripts/bench-report.ts (a JSON file named
// by GROWTHKIT_BENCH_OUT); for one that does not yet, its output's tail stands in for the section. A bench whose first
// line is `// bench: manual` runs only with `--all`. `pnpm bench <file>…` runs just those and leaves both files alone.
// Exits non-zero when the build or any bench fails.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { basename, join } from 'node:path';
import { CHROMIUM_PATH } from '../test/support/chromium.ts';
import { BUDGET_LINES, type BudgetKey } from './bench-budgets.ts';
import type { BenchReport } from './bench-report.ts';

/** Sections appear in this order; a bench not listed follows them, by path. */
const ORDER = [
  'bench/bundle-sizes.ts',
  'packages/sdk/bench/first-paint.ts',
  'packages/sdk/bench/first-paint-vs-base.ts',
  'apps/collector/bench/single-event.ts',
  'apps/collector/bench/ingest.ts',
  'apps/collector/bench/ingest-engines.ts',
  'apps/collector/bench/experiment-results.ts',
  'apps/collector/bench/reports.ts',
];
/** Longer than any bench should take; one that hangs is stopped and shown as failed rather than blocking the rest. */
const BENCH_TIMEOUT_MS = 10 * 60_000;
const TAIL_LINES = 40;
const MANUAL = /^\/\/ bench: manual\b/;

const args = process.argv.slice(2);
const all = args.includes('--all');
const chosen = args.filter((arg) => !arg.startsWith('--'));

const discovered = ['bench', ...['apps', 'packages'].flatMap((group) => readdirSync(group).map((name) => `${group}/${name}/bench`))]
  .filter((dir) => existsSync(dir))
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => `${dir}/${name}`),
  );
const rank = (file: string) => (ORDER.includes(file) ? ORDER.indexOf(file) : ORDER.length);
const ordered = discovered.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
const isManual = (file: string) => MANUAL.test(readFileSync(file, 'utf8').split('\n', 1)[0]!);
const manual = all || chosen.length > 0 ? [] : ordered.filter(isManual);
const files = chosen.length > 0 ? ordered.filter((file) => chosen.includes(file)) : ordered.filter((file) => !manual.includes(file));
for (const file of chosen) if (!ordered.includes(file)) throw new Error(`${file} is not a benchmark (${ordered.join(', ')})`);

type Load = [number, number, number];
const load = () => loadavg().map((value) => Number(value.toFixed(2))) as Load;
const seconds = (since: number) => Number(((performance.now() - since) / 1000).toFixed(1));
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes are control characters
const ANSI = /\x1b\[[0-9;]*m/g;

interface Run {
  file: string;
  id: string;
  status: 'reported' | 'no report' | 'failed';
  exit: string;
  seconds: number;
  load: { before: Load; after: Load };
  report?: BenchReport;
  tail: string[];
}

/** Runs one command, its output passed through live and its last lines kept. */
function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ exit: string; ok: boolean; tail: string[] }>((resolve) => {
    // its own process group, so a timeout or Ctrl-C stops the bench's servers and browsers with it
    const child = spawn(command, commandArgs, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const stop = () => process.kill(-child.pid!, 'SIGKILL');
    const interrupted = () => {
      stop();
      process.exit(130);
    };
    process.once('SIGINT', interrupted);
    process.once('SIGTERM', interrupted);
    let output = '';
    const keep = (chunk: Buffer, to: NodeJS.WriteStream) => {
      to.write(chunk);
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', (chunk: Buffer) => keep(chunk, process.stdout));
    child.stderr.on('data', (chunk: Buffer) => keep(chunk, process.stderr));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, BENCH_TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      process.off('SIGINT', interrupted);
      process.off('SIGTERM', interrupted);
      const tail = output.replace(ANSI, '').trimEnd().split('\n').slice(-TAIL_LINES);
      const exit = timedOut ? `timed out after ${BENCH_TIMEOUT_MS / 60_000} min` : `exit ${code ?? signal}`;
      resolve({ exit, ok: code === 0 && !timedOut, tail });
    });
  });
}

function chromiumVersion() {
  try {
    return execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return `not found at ${CHROMIUM_PATH}`;
  }
}

function osName() {
  const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '');
  return `${pretty?.[1] ?? process.platform}, Linux ${release()}`;
}

const date = new Date().toISOString();
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
  os: osName(),
  node: process.version,
  chromium: chromiumVersion(),
};
const loadBefore = load();
const started = performance.now();
const scratch = mkdtempSync(join(tmpdir(), 'growthkit-bench-'));

console.log(`▶ pnpm build`);
const buildStarted = performance.now();
const built = await run('pnpm', ['build'], process.env);
const build = { seconds: seconds(buildStarted), ok: built.ok };
console.log(`${built.ok ? '✓' : '✗'} pnpm build: ${build.seconds} s`);
if (!built.ok) {
  console.error(`pnpm build failed (${built.exit}): no benchmark can run`);
  process.exit(1);
}

const runs: Run[] = [];
for (const file of files) {
  console.log(`\n▶ ${file}`);
  const out = join(scratch, `${runs.length}.json`);
  const before = load();
  const benchStarted = performance.now();
  const result = await run(process.execPath, ['--import', 'tsx', file], { ...process.env, GROWTHKIT_BENCH_OUT: out });
  const report = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as BenchReport) : undefined;
  const reported: Run['status'] = report ? 'reported' : 'no report';
  const status = result.ok ? reported : 'failed';
  const entry: Run = {
    file,
    id: report?.id ?? basename(file, '.ts'),
    status,
    exit: result.exit,
    seconds: seconds(benchStarted),
    load: { before, after: load() },
    report,
    tail: result.tail,
  };
  runs.push(entry);
  console.log(`${status === 'failed' ? '✗' : '✓'} ${file}: ${entry.seconds} s, ${status}${result.ok ? '' : ` (${result.exit})`}`);
}
rmSync(scratch, { recursive: true, force: true });
const loadAfter = load();
const totalSeconds = seconds(started);
const failed = runs.filter((entry) => entry.status === 'failed');

console.log('\ntime per step:');
console.log(`  ${'pnpm build'.padEnd(48)} ${String(build.seconds).padStart(6)} s`);
for (const entry of runs) console.log(`  ${entry.file.padEnd(48)} ${String(entry.seconds).padStart(6)} s  ${entry.status}`);
console.log(`  ${'total'.padEnd(48)} ${String(totalSeconds).padStart(6)} s`);
console.log(
  `\n${runs.length - failed.length} of ${runs.length} benchmarks ran${manual.length ? `; manual, not run: ${manual.join(', ')}` : ''}`,
);

if (chosen.length > 0) {
  console.log('a chosen set of benches: docs/BENCHMARKS.md and bench/results.json left as they are');
  process.exit(failed.length === 0 ? 0 : 1);
}

const loadText = (value: Load) => value.join(' / ');
const mark = (met: boolean) => (met ? '✓' : '✗');
const figuresOf = (id: string) => runs.find((entry) => entry.id === id && entry.report)?.report?.figures;

type BudgetFigure = { measured: string; met: boolean };
const reportedBudgets = runs.flatMap((entry) =>
  Object.entries((entry.report?.figures.budgets ?? {}) as { [key: string]: BudgetFigure }).map(([key, figure]) => ({
    key,
    figure,
    by: entry.id,
  })),
);
const budgetRow = (line: string, found: (typeof reportedBudgets)[number] | undefined) =>
  found
    ? `| ${line} | ${found.figure.measured} | ${mark(found.figure.met)} | ${found.by} |`
    : `| ${line} | not reported in this run | — | — |`;
/** SPEC's lines in their order, then any line a bench reports under a key of its own. */
const budgetRows = [
  ...(Object.keys(BUDGET_LINES) as BudgetKey[]).map((key) =>
    budgetRow(
      BUDGET_LINES[key],
      reportedBudgets.find((budget) => budget.key === key),
    ),
  ),
  ...reportedBudgets.filter((budget) => !(budget.key in BUDGET_LINES)).map((budget) => budgetRow(budget.key, budget)),
];

type PeerFigures = { [name: string]: { bytes: number; inApp: boolean; ratio: { [measure: string]: number } } };
function peerLines() {
  const sizes = figuresOf('bundle-sizes');
  if (!sizes) return ['The size comparison with peers did not report in this run.'];
  const peers = sizes.peers as PeerFigures;
  const ratio = (value: number | undefined) => `${(value ?? Number.NaN).toFixed(2)}×`;
  return [
    '| peer | its gzip -9 | first script ÷ peer | a page with one widget ÷ peer | everything but the debug panel ÷ peer |',
    '|---|---|---|---|---|',
    ...Object.entries(peers).map(
      ([name, peer]) =>
        `| ${name}${peer.inApp ? '' : ' (tours only, for scale)'} | ${peer.bytes.toLocaleString('en')} B | ${ratio(peer.ratio.firstScript)} | ${ratio(peer.ratio.pageWithOneWidget)} | ${ratio(peer.ratio.allButDebugPanel)} |`,
    ),
  ];
}

const RESULT: Record<Run['status'], string> = { reported: '✓', 'no report': '✓ (output only)', failed: '✗ failed' };
function section(entry: Run) {
  const heading = entry.report?.title ?? entry.file;
  const lines = [`## ${heading}${entry.status === 'failed' ? ` — ✗ failed (${entry.exit})` : ''}`, ''];
  lines.push(`\`${entry.file}\`, ${entry.seconds} s, load ${loadText(entry.load.before)} → ${loadText(entry.load.after)}.`, '');
  if (entry.report) lines.push(entry.report.markdown.trim(), '');
  if (!entry.report || entry.status === 'failed') {
    const why = entry.status === 'failed' ? 'It failed; the end of its output:' : 'It wrote no report; the end of its output:';
    lines.push(why, '', '```', ...entry.tail, '```', '');
  }
  return lines.join('\n');
}

const markdown = [
  '# Benchmarks',
  '',
  `Written by \`pnpm bench\` (scripts/bench.ts) from one run on ${date.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}; the same`,
  'figures are in [bench/results.json](../bench/results.json). Earlier measurements, with what was tried and what it',
  'cost or saved: [BENCHMARKS-HISTORY.md](BENCHMARKS-HISTORY.md). The machine is shared, so a figure taken under load',
  'is an upper bound: compare the load averages.',
  '',
  '| machine | |',
  '|---|---|',
  `| CPU | ${machine.cpu}, ${machine.cores} cores |`,
  `| memory | ${machine.memoryGiB} GiB |`,
  `| OS | ${machine.os} |`,
  `| Node | ${machine.node} |`,
  `| Chromium | ${machine.chromium} |`,
  `| load average (1 / 5 / 15 min) | before ${loadText(loadBefore)}, after ${loadText(loadAfter)} |`,
  '',
  '## Budgets (SPEC §11)',
  '',
  '| budget | measured | | by |',
  '|---|---|---|---|',
  ...budgetRows,
  '',
  'Sizes against peers, from the bundle-sizes section below (GrowthKit ÷ peer; under 1 is smaller):',
  '',
  ...peerLines(),
  '',
  '## This run',
  '',
  '| step | result | time | load before → after |',
  '|---|---|---|---|',
  `| \`pnpm build\` | ✓ | ${build.seconds} s | — |`,
  ...runs.map(
    (entry) =>
      `| \`${entry.file}\` | ${RESULT[entry.status]} | ${entry.seconds} s | ${loadText(entry.load.before)} → ${loadText(entry.load.after)} |`,
  ),
  `| total | ${failed.length === 0 ? '✓' : `✗ ${failed.length} failed`} | ${totalSeconds} s | ${loadText(loadBefore)} → ${loadText(loadAfter)} |`,
  '',
  ...(manual.length > 0
    ? [
        `Not in the default run (first line \`// bench: manual\`; \`pnpm bench --all\` includes them): ${manual.map((file) => `\`${file}\``).join(', ')}.`,
        '',
      ]
    : []),
  ...runs.map(section),
].join('\n');

const results = {
  date,
  machine,
  load: { before: loadBefore, after: loadAfter },
  build,
  totalSeconds,
  benches: Object.fromEntries(
    runs.map((entry) => [
      entry.id,
      entry.status === 'reported'
        ? entry.report!.figures
        : { status: entry.status, exit: entry.exit, outputTail: entry.tail, ...(entry.report ? { figures: entry.report.figures } : {}) },
    ]),
  ),
  runs: Object.fromEntries(
    runs.map((entry) => [entry.id, { file: entry.file, status: entry.status, seconds: entry.seconds, load: entry.load }]),
  ),
};

writeFileSync('docs/BENCHMARKS.md', `${markdown.trimEnd()}\n`);
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('wrote docs/BENCHMARKS.md and bench/results.json');
process.exit(failed.length === 0 ? 0 : 1);
