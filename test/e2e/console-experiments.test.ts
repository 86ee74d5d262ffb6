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

interface Figures {
  lift: { relative: number; low: number; high: number } | null;
  alwaysValidLift: { relative: number; low: number; high: number } | null;
  pValue: number | null;
  alwaysValidPValue: number | null;
  adjustedAlwaysValidPValue: number | null;
  chanceToBeatControl: number | null;
  verdict: string | null;
}

interface Arm extends Figures {
  key: string;
  control: boolean;
  exposed: number;
  converted: number;
  rate: number;
  rateInterval: { low: number; high: number } | null;
  shortfall: { measure: string; have: number; need: number } | null;
  versusFirstVariant: Figures | null;
}

/** The collector's results of the demo experiment, as the console asks for them (`query`: `?series=day` for its charts). */
async function results(query = '') {
  const res = await fetch(`${e2e.stack.collectorUrl}/v1/admin/experiments/${experiment.key}/results${query}`, {
    headers: { authorization: 'Bearer sk_demo' },
  });
  return (await res.json()) as {
    variants: Arm[];
    summary: string;
    srm: { flagged: boolean };
    comparisons: number;
    provisional: boolean;
    firstVariant: string | null;
  };
}

// The page's rounding, written out: rates to 0.01 %, lifts to 0.1 % with a sign, p-values to 4 places.
const pct = (value: number, digits: number) => `${(value * 100).toFixed(digits)}%`;
const signed = (value: number) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)}%`;
const p = (value: number | null) => {
  if (value === null) return '—';
  return value < 0.0001 ? '< 0.0001' : value.toFixed(4);
};
// chances near certainty say so instead of rounding to 100.0% or 0.0%
const chance = (value: number | null) => {
  if (value === null) return '—';
  if (value > 0.999) return '> 99.9%';
  if (value < 0.001) return '< 0.1%';
  return pct(value, 1);
};
const WORDS: Record<string, string> = {
  winner: 'Winner',
  loser: 'Worse',
  inconclusive: 'Not conclusive yet',
  'insufficient-data': 'Too little data',
  'invalid-split': 'No verdict: split mismatch',
};
const verdict = (value: string | null, provisional: boolean) => {
  if (value === null) return '—';
  return provisional && (value === 'winner' || value === 'loser') ? `${WORDS[value]} (provisional)` : WORDS[value];
};
/** A row's comparison cells as the page writes them: always-valid lift, p (and adjusted), chance, verdict, single look. */
const comparisonCells = (figures: Figures, comparisons: number, provisional: boolean) => [
  figures.alwaysValidLift
    ? `${signed(figures.alwaysValidLift.relative)}|${signed(figures.alwaysValidLift.low)} to ${signed(figures.alwaysValidLift.high)}`
    : '—',
  comparisons > 1 ? `${p(figures.alwaysValidPValue)}|adjusted ${p(figures.adjustedAlwaysValidPValue)}` : p(figures.alwaysValidPValue),
  chance(figures.chanceToBeatControl),
  verdict(figures.verdict, provisional),
  figures.lift ? `${p(figures.pValue)}|${signed(figures.lift.low)} to ${signed(figures.lift.high)}` : p(figures.pValue),
];

test('an arm nobody was exposed to shows no figures, is not plotted, and the headline names it as the one short of data', async () => {
  const real = await results('?series=day');
  // the collector's answer with the holdout (the control) empty, as it answers once its figures of 0 of 0 are null
  const short = { measure: 'users', have: 0, need: 100 };
  const answer = {
    ...real,
    shortfall: short,
    summary: 'Not enough data yet for control against the holdout: 0 of 100 users in each arm.',
    variants: real.variants.map((arm) => {
      if (arm.key === 'holdout')
        return { ...arm, exposed: 0, converted: 0, rate: null, rateInterval: null, pValue: null, alwaysValidPValue: null, verdict: null };
      // the copy test still has both arms: a chance of 0.99995 to beat control reads "> 99.9%", not "100.0%"
      const versusFirstVariant = arm.versusFirstVariant && { ...arm.versusFirstVariant, chanceToBeatControl: 0.99995 };
      return {
        ...arm,
        shortfall: short,
        chanceToBeatControl: 0.5,
        pValue: 1,
        lift: null,
        verdict: 'insufficient-data',
        versusFirstVariant,
      };
    }),
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
  // Exposed, Converted, Rate, Lift vs holdout, always-valid p, chance to beat holdout, verdict, single planned look
  expect(await cells('holdout')).toEqual(['0', '0', '—no data yet', '—', '—', '—', '—', '—']);
  // against a control with no data there is nothing to beat
  expect((await cells('value')).slice(3, 8)).toEqual(['—', '—', '—', 'Too little data', '—']);
  expect(await page.locator('.verdict').textContent()).toBe(answer.summary);
  expect(await page.getByText(/before a verdict: control against holdout: 0 of 100 users in each arm; value against holdout/).count()).toBe(
    1,
  );
  const copyTest = page
    .locator('#copy-test tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: /^value/ }) })
    .locator('td');
  expect((await copyTest.allTextContents())[5]).toBe('> 99.9%');
  expect(await page.locator('#results thead').textContent()).toContain('Chance to beat holdout');
  expect(await page.locator('canvas[role="img"]').first().getAttribute('aria-label')).toContain('holdout no data yet');
  await console.close();
});

test('a sample-ratio mismatch shows no winner: every verdict says the split is broken, and nothing says "safe to decide"', async () => {
  const real = await results('?series=day');
  // the collector's answer for a flagged split (QA H3's qa-e2), as the stats library gives it
  const answer = {
    ...real,
    srm: { chiSquare: 78.26, degreesOfFreedom: 2, pValue: 9e-19, flagged: true },
    summary:
      'Sample ratio mismatch (p < 1e-12): the users per variant do not match the configured weights, so assignment or exposure tracking is broken; do not trust these results until it is fixed.',
    variants: real.variants.map((arm) => (arm.control ? arm : { ...arm, shortfall: null, verdict: 'invalid-split' })),
  };
  const console = await openConsole(`/console/experiments/${experiment.key}`);
  const { page } = console;
  await page.route('**/v1/admin/experiments/*/results*', (route) => route.fulfill({ json: answer }));
  await signIn(page);
  await expect.poll(() => page.locator('#results tbody tr').count()).toBe(3);
  const verdicts = await page.locator('#results tbody tr td:nth-child(8)').allTextContents();
  expect(verdicts).toEqual(['No verdict: split mismatch', 'No verdict: split mismatch', '—']);
  expect(await page.getByText('Sample ratio mismatch', { exact: true }).count()).toBe(1);
  expect(await page.getByText('The split differs from the configured weights').textContent()).toContain('(p < 0.0001)');
  expect(await page.locator('.page').textContent()).not.toContain('safe to decide');
  expect(await page.locator('.page').textContent()).not.toContain('Winner');
  await console.close();
});

test('on a 390 px phone the copy test’s table is named by a heading that stays on screen, not a caption that scrolls with the table', async () => {
  const console = await openConsole(`/console/experiments/${experiment.key}`, { viewport: { width: 390, height: 844 } });
  const { page } = console;
  await signIn(page);
  const table = page.getByRole('table', { name: /^Each variant against control, the first variant/ });
  await expect.poll(() => table.count()).toBe(1);
  const title = page.getByRole('heading', { name: /^Each variant against control/ });
  const box = (await title.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  // the whole name is on screen: the heading wraps in its own width, its text is not cut
  expect(await title.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  expect(console.problems).toEqual([]);
  await console.close();
});

test('an experiment key nobody has says so in plain words, with where keys come from, and no "Try again"', async () => {
  const console = await openConsole('/console/experiments/no-such-test');
  const { page } = console;
  await signIn(page);
  await expect.poll(() => page.getByText('No such experiment').count()).toBe(1);
  expect(await page.locator('.state-empty').textContent()).toContain(
    'The collector answered: no campaign of this project has the experiment "no-such-test".',
  );
  expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
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
  const { comparisons, provisional } = expected;
  expect(rows).toEqual(
    expected.variants.map((arm) => [
      arm.key + (arm.key === 'holdout' ? '|holdout · sees nothing, compared with' : ''),
      String(arm.exposed),
      String(arm.converted),
      `${pct(arm.rate, 2)}|${pct(arm.rateInterval!.low, 2)} to ${pct(arm.rateInterval!.high, 2)}`,
      ...(arm.control ? ['—', '—', '—', '—', '—'] : comparisonCells(arm, comparisons, provisional)),
    ]),
  );
  // the copy test: value against control, the first variant, with the same figures
  expect(expected.firstVariant).toBe('control');
  const copyRows = await page
    .locator('#copy-test tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => [...cell.childNodes].map((node) => node.textContent).join('|'))));
  const value = expected.variants.find((arm) => arm.key === 'value')!;
  expect(copyRows.at(-1)!.slice(4)).toEqual(comparisonCells(value.versusFirstVariant!, comparisons, provisional));
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
  const columns = (comparator: string) =>
    `lift_vs_${comparator},lift_vs_${comparator}_low,lift_vs_${comparator}_high,always_valid_p_vs_${comparator},adjusted_always_valid_p_vs_${comparator},chance_to_beat_${comparator},verdict_vs_${comparator},single_look_p_vs_${comparator},single_look_lift_vs_${comparator},single_look_lift_vs_${comparator}_low,single_look_lift_vs_${comparator}_high`;
  expect(csv[0]).toBe(`variant,holdout,control,exposed,converted,rate,rate_low,rate_high,${columns('holdout')},${columns('control')}`);
  const figures = (f: Figures | null) => [
    f?.alwaysValidLift?.relative,
    f?.alwaysValidLift?.low,
    f?.alwaysValidLift?.high,
    f?.alwaysValidPValue,
    f?.adjustedAlwaysValidPValue,
    f?.chanceToBeatControl,
    f?.verdict,
    f?.pValue,
    f?.lift?.relative,
    f?.lift?.low,
    f?.lift?.high,
  ];
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
        ...figures(arm),
        ...figures(arm.versusFirstVariant),
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
    await expect.poll(() => page.locator('.state-empty').textContent()).toContain('no-such-test');
    await expectAccessible(page, 'unknown experiment');
    await console.close();
  },
  60_000,
);

test('before anyone is exposed, the sample-ratio check says it has nothing to check yet, not that the split matches (p = 1 of nobody)', async () => {
  const real = await results('?series=day');
  // the collector's answer for an experiment that has just started: every arm 0 of 0, the chi-square of nothing p = 1
  const answer = {
    ...real,
    srm: { ...real.srm, chiSquare: 0, pValue: 1, flagged: false },
    variants: real.variants.map((arm) => ({ ...arm, exposed: 0, converted: 0, rate: null, rateInterval: null })),
  };
  const console = await openConsole(`/console/experiments/${experiment.key}`);
  const { page } = console;
  await page.route('**/v1/admin/experiments/*/results*', (route) => route.fulfill({ json: answer }));
  await signIn(page);
  await page.getByText('Sample ratio not checked yet').waitFor({ timeout: 10_000 });
  expect(await page.getByText('Nobody has been exposed yet').count()).toBe(1);
  expect(await page.getByText('The split matches the configured weights').count()).toBe(0);
  await console.close();
});
