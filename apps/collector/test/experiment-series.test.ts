// @vitest-environment node
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEMO_PROJECT } from '../src/seed/demo-project.ts';
import { abTestCampaign, makeEvent, startTestCollector, type TestCollector } from './collector-fixture.ts';

let collector: TestCollector;
const DAY = 86_400_000;
// three days ago at noon UTC, so the series has a point at the end of that day, the next two, and now
const start = Math.floor(Date.now() / DAY) * DAY - 3 * DAY + DAY / 2;
const at = (days: number) => new Date(start + days * DAY).toISOString();

const exposure = (userId: string, variant: string, days: number) =>
  makeEvent({
    type: 'widget',
    name: 'gk.exposure',
    campaignId: 'series-campaign',
    experiment: 'series-test',
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
