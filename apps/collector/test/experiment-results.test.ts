// @vitest-environment node
import { afterAll, beforeAll, expect, test } from 'vitest';
import { variantProblems, type EventInput } from '@growthkit/core';
import { formatReport } from '../src/experiment-report.ts';
import { DEMO_CAMPAIGNS, DEMO_PROJECT } from '../src/seed/demo-project.ts';
import { abTestCampaign, makeEvent, startTestCollector, type TestCollector } from './collector-fixture.ts';

let collector: TestCollector;

const T = Date.parse('2026-11-01T10:00:00.000Z');
const at = (ms: number) => new Date(T + ms).toISOString();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const exposure = (who: Partial<EventInput>, variant: string, ms: number, experiment = 'copy-test') =>
  makeEvent({
    type: 'widget',
    name: 'gk.exposure',
    campaignId: 'copy-campaign',
    experiment,
    variant,
    ts: at(ms),
    anonymousId: `anon-of-${who.userId}`,
    ...who,
  });
const goal = (who: Partial<EventInput>, ms: number, name = 'plan_upgraded') =>
  makeEvent({ name, ts: at(ms), anonymousId: 'billing-server', ...who });

beforeAll(async () => {
  collector = await startTestCollector();
  await collector.store.putCampaign(DEMO_PROJECT.id, abTestCampaign('copy-campaign', 'copy-test', 'paused'));
  const events = [
    exposure({ userId: 'u1' }, 'a', 0),
    goal({ userId: 'u1' }, DAY),
    // the window's last millisecond still counts; the one after it does not
    exposure({ userId: 'u2' }, 'b', 0),
    goal({ userId: 'u2' }, 14 * DAY),
    exposure({ userId: 'u3' }, 'b', 0),
    goal({ userId: 'u3' }, 14 * DAY + 1),
    // saw both variants: left out of both, whatever they did
    exposure({ userId: 'u4' }, 'a', 0),
    exposure({ userId: 'u4' }, 'b', HOUR),
    goal({ userId: 'u4' }, 2 * HOUR),
    // a goal before the exposure is not a conversion
    goal({ userId: 'u5' }, -HOUR),
    exposure({ userId: 'u5' }, 'a', 0),
    // the window runs from the first exposure, not a later one
    exposure({ userId: 'u6' }, 'a', 0),
    exposure({ userId: 'u6' }, 'a', 20 * DAY),
    goal({ userId: 'u6' }, 15 * DAY),
    // exposed while anonymous, signed in later as u7, converted through billing (server event with the user id)
    exposure({ anonymousId: 'anon-7' }, 'a', 0),
    makeEvent({ type: 'identify', name: 'identify', anonymousId: 'anon-7', userId: 'u7', ts: at(HOUR) }),
    goal({ userId: 'u7' }, 2 * DAY),
    // anonymous throughout, converted on the same device at the window's last millisecond, written with an offset:
    // 12:00+02:00 is 10:00Z, exactly 14 days on (compared as text, "12:00" would fall outside)
    exposure({ anonymousId: 'anon-8' }, 'b', 0),
    makeEvent({ name: 'plan_upgraded', anonymousId: 'anon-8', ts: '2026-11-15T12:00:00.000+02:00' }),
    // other experiments and other goals do not count here
    exposure({ userId: 'u9' }, 'a', 0, 'other-test'),
    goal({ userId: 'u9' }, HOUR),
    goal({ userId: 'u1' }, DAY, 'doc_created'),
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

const results = (key: string, authorization = 'Bearer sk_demo') =>
  fetch(`${collector.url}/v1/admin/experiments/${key}/results`, { headers: { authorization } });

test('joins exposures and goals per person: first exposure, window with both ends, anonymous sign-ins, several variants left out', async () => {
  const res = await results('copy-test');
  expect(res.status).toBe(200);
  const body = await res.json();
  expect(body).toMatchObject({ experiment: 'copy-test', goal: { event: 'plan_upgraded', windowDays: 14 }, excludedMultipleExposure: 1 });
  expect(
    body.variants.map(({ key, holdout, exposed, converted }: Record<string, unknown>) => ({ key, holdout, exposed, converted })),
  ).toEqual([
    { key: 'a', holdout: false, exposed: 4, converted: 2 },
    { key: 'b', holdout: false, exposed: 3, converted: 2 },
  ]);
  const b = body.variants[1];
  expect(b.rate).toBeCloseTo(2 / 3, 10);
  for (const field of ['lift', 'pValue', 'alwaysValidPValue', 'chanceToBeatControl']) expect(b).toHaveProperty(field);
  expect(b.lift).toEqual({ relative: expect.closeTo(1 / 3, 10), low: expect.any(Number), high: expect.any(Number) });
  expect(body.srm).toMatchObject({ pValue: expect.any(Number), flagged: false });
  expect(body.summary).toMatch(/\w/);
});

test('answers 404 naming an unknown experiment, and only to the secret key', async () => {
  const missing = await results('no-such-test');
  expect(missing.status).toBe(404);
  expect((await missing.json()).error.message).toContain('"no-such-test"');
  const publishable = await fetch(`${collector.url}/v1/admin/experiments/copy-test/results?key=pk_demo`);
  expect([401, 403]).toContain(publishable.status);
  expect((await results('copy-test', 'Bearer sk_wrong')).status).toBe(401);
});

test('the demo seeds demo-upgrade-copy on the quota prompt, every variant still a valid campaign, and its results start empty', async () => {
  const quota = DEMO_CAMPAIGNS.find((campaign) => campaign.experiment?.key === 'demo-upgrade-copy')!;
  expect(quota.widget.type).toBe('quota');
  expect(variantProblems(quota)).toEqual([]);
  const body = await (await results('demo-upgrade-copy')).json();
  expect(body.variants.map(({ key, holdout, exposed }: Record<string, unknown>) => [key, holdout, exposed])).toEqual([
    ['control', false, 0],
    ['value', false, 0],
    ['holdout', true, 0],
  ]);
  expect(body.goal).toEqual({ event: 'plan_upgraded', windowDays: 14 });
});

test('an arm nobody was exposed to has no rate and no comparison (a figure whose denominator is 0 is null)', async () => {
  await collector.store.putCampaign(DEMO_PROJECT.id, abTestCampaign('lonely-campaign', 'lonely-test'));
  const sent = await fetch(`${collector.url}/v1/events`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' },
    body: JSON.stringify({ events: [exposure({ userId: 'l1' }, 'a', 0, 'lonely-test'), goal({ userId: 'l1' }, HOUR)] }),
  });
  expect(await sent.json()).toMatchObject({ accepted: 2 });
  const body = await (await results('lonely-test')).json();
  expect(body.variants[1]).toMatchObject({
    key: 'b',
    exposed: 0,
    converted: 0,
    rate: null,
    rateInterval: null,
    lift: null,
    absoluteLift: null,
    pValue: null,
    alwaysValidPValue: null,
    alwaysValidInterval: null,
    chanceToBeatControl: null,
    verdict: 'insufficient-data',
  });
  expect(body.variants[0]).toMatchObject({ key: 'a', exposed: 1, converted: 1, rate: 1 });
  // the terminal report shows dashes for them, not 0.00% and 85.7%
  expect(
    formatReport(body)
      .split('\n')
      .find((row: string) => row.startsWith('b ')),
  ).toMatch(/^b\s+0\s+0\s+—\s+—\s+—\s+—\s+—\s+insufficient-data\s+—\s+—$/);
});

test('with a holdout, every figure names it, and the copy test compares value with control, never control with itself', async () => {
  // QA's demo-upgrade-copy: control 150/1000 (15%), value 140/1000 (14%), holdout 10/200 (5%).
  const events: EventInput[] = [];
  const arms = [
    ['control', 1_000, 150],
    ['value', 1_000, 140],
    ['holdout', 200, 10],
  ] as const;
  for (const [variant, exposed, converted] of arms)
    for (let i = 0; i < exposed; i++) {
      const who = { userId: `h-${variant}-${i}` };
      events.push(exposure(who, variant, 0, 'demo-upgrade-copy'));
      if (i < converted) events.push(goal(who, DAY));
    }
  // in batches of 500, the most one request carries
  for (let i = 0; i < events.length; i += 500) {
    const batch = events.slice(i, i + 500);
    const sent = await fetch(`${collector.url}/v1/events`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' },
      body: JSON.stringify({ events: batch }),
    });
    expect(await sent.json()).toMatchObject({ accepted: batch.length });
  }
  const body = await (await results('demo-upgrade-copy')).json();
  expect(body.control).toBe('holdout');
  expect(body.firstVariant).toBe('control');
  const [control, value] = body.variants;
  // against the holdout: 0.15 / 0.05 − 1 = +200 %; the copy test: 0.14 / 0.15 − 1 = −6.7 %
  expect(control).toMatchObject({ comparator: 'holdout', versusFirstVariant: null });
  expect(control.lift.relative).toBeCloseTo(2, 10);
  expect(value.versusFirstVariant.comparator).toBe('control');
  expect(value.versusFirstVariant.lift.relative).toBeCloseTo(0.14 / 0.15 - 1, 10);
  expect(body.summary).toContain('Variant control converts 200% better than the holdout');
  expect(body.summary).toContain('Against control (the first variant): Variant value converts 7% worse than control');
  expect(body.summary).not.toMatch(/control converts [^.]* than control/);
  const report = formatReport(body).split('\n');
  expect(report).toContain('Each variant against control, the first variant (the copy test):');
  expect(report.find((row) => row.startsWith('variant'))).toContain('P(beats holdout)');
  expect(report.filter((row) => row.startsWith('value ')).at(-1)).toMatch(/^value\s+1,000\s+140\s+14\.00%\s+-6\.7%/);
});

test('the terminal report shows one row per arm with its counts, the sample-ratio check and the summary', async () => {
  const report = formatReport(await (await results('copy-test')).json());
  const rows = report.split('\n');
  expect(rows[0]).toBe('Experiment copy-test (campaign copy-campaign) — goal plan_upgraded within 14 days');
  expect(rows.find((row) => row.startsWith('a *'))).toMatch(/^a \*\s+4\s+2\s+50\.00%/);
  expect(rows.find((row) => row.startsWith('b '))).toMatch(/^b\s+3\s+2\s+66\.67%/);
  expect(report).toContain('Left out for seeing more than one variant: 1; in a variant not configured: 0.');
});
