import { readFile } from 'node:fs/promises';
import { beforeAll, expect, test } from 'vitest';
import { assignVariant, ExperimentSchema } from '@growthkit/core';
import type { BrowserContextOptions } from 'playwright-core';
import { DEMO_UPGRADE_COPY } from '../../apps/collector/src/seed/demo-experiment.ts';
import { expectAccessible, openConsole as openConsoleOf, picture, press, signIn } from '../support/console-page.ts';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();
const openConsole = (path: string, options: BrowserContextOptions = {}) => openConsoleOf(e2e, path, { acceptDownloads: true, ...options });
const experiment = ExperimentSchema.parse(DEMO_UPGRADE_COPY);
const DAY = 86_400_000;

/**
 * 240 users of the demo experiment over the last 6 days, in the variant the shared hash gives them, sent from a server
 * key as the SDK sends them; one in four converts (one in three in `value`) two hours after exposure.
 */
async function seedExperiment() {
  const start = Date.now() - 6 * DAY;
  const events = Array.from({ length: 240 }, (_, i) => {
    const userId = `console-exp-${i}`;
    const { variant } = assignVariant(experiment, { id: userId });
    const exposedAt = start + (i / 240) * 5.5 * DAY;
    const person = { anonymousId: `device-of-${userId}`, userId };
    const exposure = {
      ...person,
      id: crypto.randomUUID(),
      type: 'widget',
      name: 'gk.exposure',
      ts: new Date(exposedAt).toISOString(),
      campaignId: 'storage-quota',
      experiment: experiment.key,
      variant,
    };
    const converts = variant === 'value' ? i % 3 === 0 : i % 4 === 0;
    const goal = {
      ...person,
      id: crypto.randomUUID(),
      type: 'track',
      name: 'plan_upgraded',
      ts: new Date(exposedAt + 2 * 3_600_000).toISOString(),
    };
    return converts ? [exposure, goal] : [exposure];
  }).flat();
  const res = await fetch(`${e2e.stack.collectorUrl}/v1/events`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
  });
  expect(await res.json()).toMatchObject({ accepted: events.length, rejected: [] });
}

beforeAll(seedExperiment);

interface Arm {
  key: string;
  exposed: number;
  converted: number;
  rate: number;
  rateInterval: { low: number; high: number } | null;
  lift: { relative: number; low: number; high: number } | null;
  pValue: number | null;
  alwaysValidPValue: number | null;
  chanceToBeatControl: number | null;
  verdict: string | null;
}

async function results() {
  const res = await fetch(`${e2e.stack.collectorUrl}/v1/admin/experiments/${experiment.key}/results`, {
    headers: { authorization: 'Bearer sk_demo' },
  });
  return (await res.json()) as { variants: Arm[]; summary: string; srm: { flagged: boolean } };
}

// The page's rounding, written out: rates to 0.01 %, lifts to 0.1 % with a sign, p-values to 4 places.
const pct = (value: number, digits: number) => `${(value * 100).toFixed(digits)}%`;
const signed = (value: number) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)}%`;
const p = (value: number | null) => {
  if (value === null) return '—';
  return value < 0.0001 ? '< 0.0001' : value.toFixed(4);
};

test('an arm nobody was exposed to shows no figures, is not plotted, and the headline names it as the one short of data', async () => {
  const real = (await (
    await fetch(`${e2e.stack.collectorUrl}/v1/admin/experiments/${experiment.key}/results?series=day`, {
      headers: { authorization: 'Bearer sk_demo' },
    })
  ).json()) as Awaited<ReturnType<typeof results>>;
  // the collector's answer with the holdout (the control) empty, as it answers once its figures of 0 of 0 are null
  const answer = {
    ...real,
    shortfall: { measure: 'users', have: 0, need: 100 },
    summary: 'Not enough data yet: 0 of 100 users needed per variant.',
    variants: real.variants.map((arm) =>
      arm.key === 'holdout'
        ? { ...arm, exposed: 0, converted: 0, rate: null, rateInterval: null, pValue: null, alwaysValidPValue: null, verdict: null }
        : { ...arm, chanceToBeatControl: 0.5, pValue: 1, lift: null },
    ),
  };
  const console = await openConsole(`/console/experiments/${experiment.key}`);
  const { page } = console;
  await page.route('**/v1/admin/experiments/*/results*', (route) => route.fulfill({ json: answer }));
  await signIn(page);
  await expect.poll(() => page.locator('#results tbody tr').count()).toBe(3);
  const cells = (key: string) =>
    page
      .locator('#results tbody tr')
      .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${key}`) }) })
      .locator('td')
      .allTextContents();
  // Exposed, Converted, Rate, Lift, p, always-valid p, chance to beat control, verdict
  expect(await cells('holdout')).toEqual(['0', '0', '—no data yet', '—', '—', '—', '—', '—']);
  // against a control with no data there is nothing to beat
  expect((await cells('value')).slice(3, 7)).toEqual(['—', '—', '—', '—']);
  expect(await page.locator('.verdict').textContent()).toContain('Short: holdout has 0');
  expect(await page.getByText(/Each variant needs 100 users before a verdict: holdout has 0/).count()).toBe(1);
  expect(await page.locator('canvas[role="img"]').first().getAttribute('aria-label')).toContain('holdout no data yet');
  await console.close();
});

test('acceptance 3: the experiment page shows exactly the numbers of the results endpoint, charts beside tables, and the CSV holds those rows', async () => {
  const expected = await results();
  expect(expected.variants.map((arm) => arm.exposed).reduce((a, b) => a + b)).toBe(240);

  const console = await openConsole('/console/experiments');
  const { page } = console;
  await signIn(page);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Experiments');
  await press(page.getByRole('link', { name: experiment.key }));
  await expect.poll(() => page.url()).toBe(`${e2e.stack.collectorUrl}/console/experiments/${experiment.key}`);
  await expect.poll(() => page.locator('#results tbody tr').count()).toBe(3);

  const rows = await page
    .locator('#results tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => [...cell.childNodes].map((node) => node.textContent).join('|'))));
  expect(rows).toEqual(
    expected.variants.map((arm) => [
      arm.key + (arm.key === 'holdout' ? '|control · holdout, sees nothing' : ''),
      String(arm.exposed),
      String(arm.converted),
      `${pct(arm.rate, 2)}|${pct(arm.rateInterval!.low, 2)} to ${pct(arm.rateInterval!.high, 2)}`,
      arm.lift ? `${signed(arm.lift.relative)}|${signed(arm.lift.low)} to ${signed(arm.lift.high)}` : '—',
      p(arm.pValue),
      p(arm.alwaysValidPValue),
      arm.chanceToBeatControl === null ? '—' : pct(arm.chanceToBeatControl, 1),
      { winner: 'Winner', loser: 'Worse', inconclusive: 'No clear difference', 'insufficient-data': 'Too little data' }[arm.verdict!] ??
        '—',
    ]),
  );
  expect(await page.locator('.verdict').textContent()).toContain(expected.summary);
  expect(await page.getByText(expected.srm.flagged ? 'Sample ratio mismatch' : 'Sample ratio as configured').count()).toBe(1);

  // three charts, each drawn and named for screen readers, the day-by-day figures in a table beside them
  const charts = page.locator('canvas[role="img"]');
  expect(await charts.count()).toBe(3);
  for (const label of await charts.evaluateAll((all) => all.map((canvas) => canvas.getAttribute('aria-label') ?? '')))
    expect(label.length).toBeGreaterThan(40);
  expect(await charts.first().getAttribute('aria-label')).toContain(`control ${pct(expected.variants[0]!.rate, 2)}`);
  await press(page.getByText('The figures behind these charts, day by day'));
  const days = page.locator('.series-table tbody tr');
  expect(await days.count()).toBeGreaterThanOrEqual(6);
  expect(await days.last().textContent()).toContain(`${expected.variants[0]!.exposed} / ${expected.variants[0]!.converted}`);

  const [file] = await Promise.all([page.waitForEvent('download'), press(page.getByRole('button', { name: 'Export CSV' }))]);
  expect(file.suggestedFilename()).toBe(`${experiment.key}-results.csv`);
  const csv = (await readFile((await file.path())!, 'utf8')).trim().split('\r\n');
  expect(csv[0]).toBe(
    'variant,holdout,control,exposed,converted,rate,rate_low,rate_high,lift,lift_low,lift_high,p_value,always_valid_p_value,chance_to_beat_control,verdict',
  );
  expect(csv.slice(1).map((line) => line.split(','))).toEqual(
    expected.variants.map((arm) =>
      [
        arm.key,
        arm.key === 'holdout',
        arm.key === 'holdout',
        arm.exposed,
        arm.converted,
        arm.rate,
        arm.rateInterval?.low,
        arm.rateInterval?.high,
        arm.lift?.relative,
        arm.lift?.low,
        arm.lift?.high,
        arm.pValue,
        arm.alwaysValidPValue,
        arm.chanceToBeatControl,
        arm.verdict,
      ].map((value) => (value == null ? '' : String(value))),
    ),
  );

  await page.goBack();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Experiments');
  // the page CSP holds: Chart.js adds no inline style or script
  expect(console.problems).toEqual([]);
  await console.close();
}, 60_000);

test.each(['light', 'dark'] as const)(
  'the experiment pages pass axe and are pictured for the docs, %s',
  async (colorScheme) => {
    const console = await openConsole(`/console/experiments/${experiment.key}`, { bypassCSP: true, colorScheme });
    const { page } = console;
    const suffix = colorScheme === 'dark' ? '-dark' : '';
    await signIn(page);
    await expect.poll(() => page.locator('canvas[role="img"]').count()).toBe(3);
    await expectAccessible(page, 'experiment');
    await picture(page, `console-experiment${suffix}`);

    await press(page.getByRole('link', { name: 'Experiments' }).first());
    await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(1);
    await expectAccessible(page, 'experiments');
    await picture(page, `console-experiments${suffix}`);

    await page.goto(`${e2e.stack.collectorUrl}/console/experiments/no-such-test`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('no-such-test');
    await expectAccessible(page, 'unknown experiment');
    await console.close();
  },
  60_000,
);
