// The experiment's results as a table in the terminal, for teams without the console:
//   pnpm experiment-report <key> [--db ./growthkit.sqlite] [--project demo]
import { parseArgs } from 'node:util';
import { NO_FIGURES, type Comparison } from '@growthkit/stats';
import type { ExperimentResults } from './experiments/experiment-results.ts';
import { experimentSeries } from './experiments/experiment-series.ts';
import { openStore } from './store/open-store.ts';

const percent = (value: number | null | undefined, digits = 1) => (value == null ? '—' : `${(value * 100).toFixed(digits)}%`);
const signed = (value: number) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)}%`;
const precise = (value: number | null) => (value == null ? '—' : value.toPrecision(3));
const range = (lift: { relative: number; low: number; high: number } | null) =>
  lift ? `${signed(lift.relative)} (${signed(lift.low)} to ${signed(lift.high)})` : '—';

/** A chance near certainty says so instead of rounding to 100.0% or 0.0%. */
function chance(value: number | null): string {
  if (value == null) return '—';
  if (value > 0.999) return '> 99.9%';
  if (value < 0.001) return '< 0.1%';
  return percent(value);
}

type Arm = ExperimentResults['variants'][number];
type Figures = Pick<
  Comparison,
  'lift' | 'pValue' | 'alwaysValidPValue' | 'adjustedAlwaysValidPValue' | 'alwaysValidLift' | 'chanceToBeatControl'
> & { verdict: string | null };

/** One aligned table of arms against `comparator`, its columns naming it. */
function table(comparator: string, rows: { arm: Arm; figures: Figures; mark: string }[]): string[] {
  const header = [
    'variant',
    'exposed',
    'converted',
    'rate',
    `lift vs ${comparator} (always-valid CI)`,
    'always-valid p',
    'adjusted p',
    `P(beats ${comparator})`,
    'verdict',
    'single-look p',
    'single-look lift (95% CI)',
  ];
  const cells = rows.map(({ arm, figures, mark }) => [
    `${arm.key}${arm.holdout ? ' (holdout)' : ''}${mark}`,
    arm.exposed.toLocaleString('en'),
    arm.converted.toLocaleString('en'),
    percent(arm.rate, 2),
    range(figures.alwaysValidLift),
    precise(figures.alwaysValidPValue),
    precise(figures.adjustedAlwaysValidPValue),
    chance(figures.chanceToBeatControl),
    figures.verdict ?? '—',
    precise(figures.pValue),
    range(figures.lift),
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...cells].map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)];
}

const NO_COMPARISON: Figures = { ...NO_FIGURES, verdict: null };

/** The results as aligned text: one row per arm (and the copy test, with a holdout), then the sample-ratio check and the summary. */
export function formatReport(results: ExperimentResults): string {
  const main = table(
    results.control,
    results.variants.map((arm) => ({ arm, figures: arm, mark: arm.control ? ' *' : '' })),
  );
  const first = results.variants.find((arm) => arm.key === results.firstVariant);
  const copyTest = first
    ? [
        '',
        `Each variant against ${first.key}, the first variant (the copy test):`,
        ...table(first.key, [
          { arm: first, figures: NO_COMPARISON, mark: ' *' },
          ...results.variants.flatMap((arm) => (arm.versusFirstVariant ? [{ arm, figures: arm.versusFirstVariant, mark: '' }] : [])),
        ]),
      ]
    : [];
  return [
    `Experiment ${results.experiment} (campaign ${results.campaignId}) — goal ${results.goal.event} within ${results.goal.windowDays} days`,
    '',
    ...main,
    ...copyTest,
    '',
    `* compared with. Sample ratio: p = ${results.srm.pValue.toPrecision(3)}${results.srm.flagged ? ' — MISMATCH: check assignment before reading results' : ' (ok)'}.`,
    `Left out for seeing more than one variant: ${results.excludedMultipleExposure.toLocaleString('en')}; in a variant not configured: ${results.unknownVariantExposure.toLocaleString('en')}.`,
    `Verdicts read the always-valid figures, adjusted for ${results.comparisons} comparison${results.comparisons === 1 ? '' : 's'} (Bonferroni); single-look figures hold for one planned look only.`,
    ...(results.provisional
      ? [`Provisional: nobody was exposed ${results.goal.windowDays} days ago yet, so no goal window has closed.`]
      : []),
    '',
    results.summary,
  ].join('\n');
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { db: { type: 'string', default: './growthkit.sqlite' }, project: { type: 'string', default: 'demo' } },
  });
  const key = positionals[0];
  if (!key) {
    console.error('usage: pnpm experiment-report <experiment key> [--db ./growthkit.sqlite] [--project demo]');
    return 2;
  }
  // DATABASE_URL reads PostgreSQL, as the collector does. Read only: a mistyped --db is not created, and a database
  // is never migrated by a report.
  const store = await openStore({ databaseUrl: process.env.DATABASE_URL || undefined, dbPath: values.db, readOnly: true }).catch(
    (error: Error) => {
      console.error(`experiment-report: ${error.message}`);
      return undefined;
    },
  );
  if (store === undefined) return 1;
  try {
    const campaign = await store.experimentCampaign(values.project, key);
    if (!campaign?.experiment) {
      console.error(`no campaign of project "${values.project}" in ${values.db} has the experiment "${key}"`);
      return 1;
    }
    const { experiment } = campaign;
    const tally = await store.experimentTally(values.project, {
      experiment: key,
      goal: experiment.goal.event,
      windowDays: experiment.goal.windowDays,
    });
    const { results } = experimentSeries(campaign, experiment, tally, Date.now());
    console.log(formatReport(results));
    return 0;
  } finally {
    await store.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
