// The experiment's results as a table in the terminal, for teams without the console:
//   pnpm experiment-report <key> [--db ./growthkit.sqlite] [--project demo]
import { parseArgs } from 'node:util';
import { experimentResults, type ExperimentResults } from './experiments/experiment-results.ts';
import { openStore } from './store/open-store.ts';

const percent = (value: number | null | undefined, digits = 1) => (value == null ? '—' : `${(value * 100).toFixed(digits)}%`);
const signed = (value: number) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)}%`;

/** The results as aligned text: one row per arm, then the sample-ratio check and the summary. */
export function formatReport(results: ExperimentResults): string {
  const header = ['variant', 'exposed', 'converted', 'rate', 'lift (95% CI)', 'p-value', 'always-valid p', 'P(beats control)', 'verdict'];
  const rows = results.variants.map((arm) => [
    `${arm.key}${arm.holdout ? ' (holdout)' : ''}${arm.control ? ' *' : ''}`,
    arm.exposed.toLocaleString('en'),
    arm.converted.toLocaleString('en'),
    percent(arm.rate, 2),
    arm.lift ? `${signed(arm.lift.relative)} (${signed(arm.lift.low)} to ${signed(arm.lift.high)})` : '—',
    arm.pValue == null ? '—' : arm.pValue.toPrecision(3),
    arm.alwaysValidPValue == null ? '—' : arm.alwaysValidPValue.toPrecision(3),
    percent(arm.chanceToBeatControl),
    arm.verdict ?? '—',
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [
    `Experiment ${results.experiment} (campaign ${results.campaignId}) — goal ${results.goal.event} within ${results.goal.windowDays} days`,
    '',
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
    '',
    `* control. Sample ratio: p = ${results.srm.pValue.toPrecision(3)}${results.srm.flagged ? ' — MISMATCH: check assignment before reading results' : ' (ok)'}.`,
    `Left out for seeing more than one variant: ${results.excludedMultipleExposure.toLocaleString('en')}.`,
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
  // DATABASE_URL reads PostgreSQL, as the collector does.
  const store = await openStore({ databaseUrl: process.env.DATABASE_URL || undefined, dbPath: values.db });
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
    console.log(formatReport(experimentResults(campaign, experiment, tally)));
    return 0;
  } finally {
    await store.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
