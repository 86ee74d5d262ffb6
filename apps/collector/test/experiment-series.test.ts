// @vitest-environment node
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEMO_PROJECT } from '../src/seed/demo-project.ts';
import { abTestCampaign, makeEvent, startTestCollector, type TestCollector } from './collector-fixture.ts';

let collector: TestCollector;
const DAY = 86_400_000;
// three days ago at noon UTC, so the series has a point at the end of that day, the next two, and now
const start = Math.floor(Date.now() / DAY) * DAY - 3 * DAY + DAY / 2;
const at = (days: number) => new Date(start + days * DAY).toISOString();

const exposure = (userId: string, variant: string, days: number, experiment = 'series-test') =>
  makeEvent({
    type: 'widget',
    name: 'gk.exposure',
    campaignId: 'series-campaign',
    experiment,
    variant,
    userId,
    anonymousId: `d-${userId}`,
    ts: at(days),
  });
const goal = (userId: string, days: number) => makeEvent({ name: 'plan_upgraded', userId, anonymousId: `d-${userId}`, ts: at(days) });

beforeAll(async () => {
  collector = await startTestCollector();
  await collector.store.putCampaign(DEMO_PROJECT.id, abTestCampaign('series-campaign', 'series-test', 'live'));
  await collector.store.putCampaign(DEMO_PROJECT.id, abTestCampaign('unseen-campaign', 'unseen-test', 'live'));
  const events = [
    exposure('u1', 'a', 0),
    exposure('u2', 'b', 0),
    goal('u2', 1),
    exposure('u3', 'a', 1),
    exposure('u4', 'b', 2),
    goal('u4', 2.1),
  ];
  const res = await fetch(`${collector.url}/v1/events`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
  });
  expect(await res.json()).toMatchObject({ accepted: events.length, rejected: [] });
});
afterAll(async () => {
  await collector.close();
});

const get = (path: string) => fetch(`${collector.url}${path}`, { headers: { authorization: 'Bearer sk_demo' } });

test('?series=day counts cumulatively at the end of each UTC day from the first exposure, the last point being the results', async () => {
  const body = await (await get('/v1/admin/experiments/series-test/results?series=day')).json();
  const counts = body.series.map((point: { variants: { key: string; exposed: number; converted: number }[] }) =>
    point.variants.map(({ key, exposed, converted }) => `${key} ${exposed}/${converted}`).join(', '),
  );
  expect(counts).toEqual(['a 1/0, b 1/0', 'a 2/0, b 1/1', 'a 2/0, b 2/2', 'a 2/0, b 2/2']);
  expect(body.series[0].at).toBe(new Date(Math.floor(start / DAY) * DAY + DAY).toISOString());
  const last = body.series.at(-1).variants;
  expect(last.map(({ exposed, converted, alwaysValidPValue }: Record<string, unknown>) => [exposed, converted, alwaysValidPValue])).toEqual(
    body.variants.map(({ exposed, converted, alwaysValidPValue }: Record<string, unknown>) => [exposed, converted, alwaysValidPValue]),
  );
  expect(body.variants[1].rateInterval).toEqual({ low: expect.closeTo(0.342, 3), high: 1 });
});

test('no series without the parameter, an empty one before any exposure, and a plain refusal of another value', async () => {
  expect(await (await get('/v1/admin/experiments/series-test/results')).json()).not.toHaveProperty('series');
  expect((await (await get('/v1/admin/experiments/unseen-test/results?series=day')).json()).series).toEqual([]);
  const refused = await get('/v1/admin/experiments/series-test/results?series=week');
  expect(refused.status).toBe(400);
  expect((await refused.json()).error).toMatchObject({ field: 'series', message: 'series must be "day" (or left out)' });
});

async function send(events: ReturnType<typeof makeEvent>[]) {
  // in batches of 500, the most one request carries
  for (let i = 0; i < events.length; i += 500) {
    const batch = events.slice(i, i + 500);
    const res = await fetch(`${collector.url}/v1/events`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' },
      body: JSON.stringify({ events: batch }),
    });
    expect(await res.json()).toMatchObject({ accepted: batch.length });
  }
}

/** `people` users of `experiment` exposed to `variant` at `days`, the first `converting` of them converting 0.1 day later. */
function cohort(experiment: string, prefix: string, variant: string, days: number, people: number, converting: number) {
  return Array.from({ length: people }, (_, i) => {
    const userId = `${prefix}-${variant}-${i}`;
    return i < converting
      ? [exposure(userId, variant, days, experiment), goal(userId, days + 0.1)]
      : [exposure(userId, variant, days, experiment)];
  }).flat();
}

test('a verdict once reached stays: the always-valid p-value is the running minimum over the daily looks (QA M1)', async () => {
  await collector.store.putCampaign(DEMO_PROJECT.id, abTestCampaign('carry-campaign', 'carry-test', 'live'));
  // QA's qa-e3: 1000/100 against 1000/180 on day 0, then another 1000/100 against 1000/70 on day 1.5,
  // so today's counts are 2000/200 against 2000/250 and today's own p-value is far above 0.05
  await send([
    ...cohort('carry-test', 'first', 'a', 0, 1_000, 100),
    ...cohort('carry-test', 'first', 'b', 0, 1_000, 180),
    ...cohort('carry-test', 'second', 'a', 1.5, 1_000, 100),
    ...cohort('carry-test', 'second', 'b', 1.5, 1_000, 70),
    // and two people in a variant the experiment does not configure (QA L4)
    exposure('stray-1', 'zzz', 1, 'carry-test'),
    exposure('stray-2', 'zzz', 1, 'carry-test'),
  ]);
  const body = await (await get('/v1/admin/experiments/carry-test/results?series=day')).json();
  // The first look (end of day 0) by hand, mSPRT with τ² = 1e-4 and one success and one failure added per arm:
  // p̃a = 101/1002, p̃b = 181/1002, V = (p̃a(1 − p̃a) + p̃b(1 − p̃b)) / 1000, θ = 0.18 − 0.10 = 0.08,
  // Λ = √(V / (V + τ²)) · exp(τ²θ² / (2V(V + τ²))), p = 1/Λ ≈ 0.023, below 0.05.
  const pa = 101 / 1002;
  const pb = 181 / 1002;
  const V = (pa * (1 - pa) + pb * (1 - pb)) / 1000;
  const tau2 = 1e-4;
  const firstLook = 1 / (Math.sqrt(V / (V + tau2)) * Math.exp((tau2 * 0.08 * 0.08) / (2 * V * (V + tau2))));
  const pOf = (point: { variants: { key: string; alwaysValidPValue: number | null }[] }) =>
    point.variants.find((arm) => arm.key === 'b')!.alwaysValidPValue;
  expect(pOf(body.series[0])).toBeCloseTo(firstLook, 12);
  // every later look, today's included, keeps it: the counts 2000/200 against 2000/250 alone would give p > 0.05
  for (const point of body.series) expect(pOf(point)).toBeCloseTo(firstLook, 12);
  const b = body.variants[1];
  expect(b).toMatchObject({ exposed: 2_000, converted: 250 });
  expect(b.alwaysValidPValue).toBeCloseTo(firstLook, 12);
  expect(b.verdict).toBe('winner');
  // the interval shown is the running intersection, so it leaves out 0 as the verdict does
  expect(b.alwaysValidInterval.low).toBeGreaterThan(0);
  // the first exposure was 3 days ago and the goal window is 14 days: no window has closed, so it is provisional (QA M5)
  expect(body.provisional).toBe(true);
  expect(body.summary).toContain("provisional: no counted user's goal window has closed yet");
  expect(body.summary).not.toContain('safe to decide');
  // the stray variant is counted and named, not dropped (QA L4)
  expect(body.unknownVariantExposure).toBe(2);
  expect(body.summary).toContain('2 exposed people are in a variant the experiment does not configure');
});
