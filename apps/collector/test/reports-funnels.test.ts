// @vitest-environment node
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestCollector, type TestCollector } from './collector-fixture.ts';
import { FUNNEL_CAMPAIGN, funnelHistory } from './funnel-history.ts';
import { adminGet, sendServerEvents } from './server-events.ts';

// Every count below is worked out by hand from funnelHistory's rules (its comment), not by the code under test.
let collector: TestCollector;
beforeAll(async () => {
  collector = await startTestCollector();
  // the history's checklist, and the same checklist without an experiment (never shown)
  for (const campaign of [FUNNEL_CAMPAIGN, { ...FUNNEL_CAMPAIGN, id: 'plain', experiment: undefined }]) {
    const res = await fetch(`${collector.url}/v1/admin/campaigns/${campaign.id}`, {
      method: 'PUT',
      headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' },
      body: JSON.stringify({ campaign, author: 'test' }),
    });
    expect(res.status).toBe(201);
  }
  await sendServerEvents(collector, funnelHistory());
});
afterAll(async () => {
  await collector.close();
});

const OCTOBER = 'from=2026-10-01T00:00:00Z&to=2026-11-01T00:00:00Z';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('GET /v1/admin/reports/campaign-funnel', () => {
  test('exposure → shown → click → the experiment goal within its 14 days, with conversions and median times', async () => {
    const { status, body } = await adminGet(collector, `/v1/admin/reports/campaign-funnel?campaign=onb&${OCTOBER}`);
    expect(status).toBe(200);
    expect(body).toEqual({
      campaign: 'onb',
      goal: 'plan_upgraded',
      withinDays: 14,
      from: '2026-10-01T00:00:00.000Z',
      to: '2026-11-01T00:00:00.000Z',
      segment: null,
      steps: [
        // u0 … u59 exposed in October (u60 in September is outside the range)
        { step: 'exposure', event: 'gk.exposure', people: 60, fromPrevious: null, fromFirst: 1, medianMsFromPrevious: null },
        // i mod 4 ≠ 3: 45 of 60, five minutes after exposure
        { step: 'shown', event: 'gk.shown', people: 45, fromPrevious: 0.75, fromFirst: 0.75, medianMsFromPrevious: 5 * MINUTE },
        // shown and i mod 3 = 0: i mod 12 ∈ {0, 6, 9}, 15
        { step: 'click', event: 'gk.click', people: 15, fromPrevious: 0.333, fromFirst: 0.25, medianMsFromPrevious: 5 * MINUTE },
        // clicked and even: i mod 12 ∈ {0, 6}, 10, at 2 days + (i mod 5) hours: 0,0,1,1,2,2,3,3,4,4 → median 2 h
        {
          step: 'goal',
          event: 'plan_upgraded',
          people: 10,
          fromPrevious: 0.667,
          fromFirst: 0.167,
          medianMsFromPrevious: 2 * DAY + 2 * HOUR,
        },
      ],
    });
  });

  test('a segment keeps to users whose latest trait matches: growth is the even users and u1, who became growth', async () => {
    const { body } = await adminGet<{ steps: { people: number }[]; segment: unknown }>(
      collector,
      `/v1/admin/reports/campaign-funnel?campaign=onb&${OCTOBER}&segment=plan:growth`,
    );
    expect(body.segment).toEqual({ trait: 'plan', value: 'growth' });
    // 30 even + u1 exposed and shown (even users are never i mod 4 = 3); clicks i mod 6 = 0 (10), all of whom reached the goal
    expect(body.steps.map((step) => step.people)).toEqual([31, 31, 10, 10]);
  });

  test('another goal and window may be asked for: clicked odd users reach plan_upgraded on day 20', async () => {
    const { body } = await adminGet<{ steps: { people: number }[]; withinDays: number }>(
      collector,
      `/v1/admin/reports/campaign-funnel?campaign=onb&${OCTOBER}&within=30`,
    );
    expect(body.withinDays).toBe(30);
    // the 5 clicked odd users (i mod 12 = 9) join the 10
    expect(body.steps.map((step) => step.people)).toEqual([60, 45, 15, 15]);
  });

  test('a campaign without an experiment, and no goal asked for, has a funnel that ends at the click', async () => {
    const { status, body } = await adminGet<{ goal: string | null; steps: { step: string }[] }>(
      collector,
      '/v1/admin/reports/campaign-funnel?campaign=plain',
    );
    expect(status).toBe(200);
    expect(body.goal).toBeNull();
    expect(body.steps.map((step) => step.step)).toEqual(['shown', 'click']);
  });

  test('a campaign without an experiment starts at shown and takes its goal from the query', async () => {
    const { status, body } = await adminGet<{ goal: string; withinDays: number; steps: { step: string; people: number }[] }>(
      collector,
      '/v1/admin/reports/campaign-funnel?campaign=plain&goal=plan_upgraded',
    );
    expect(status).toBe(200);
    // the history never shows this campaign: every step is 0, no division by zero
    expect([body.goal, body.withinDays]).toEqual(['plan_upgraded', 30]);
    expect(body.steps).toEqual([
      { step: 'shown', event: 'gk.shown', people: 0, fromPrevious: null, fromFirst: null, medianMsFromPrevious: null },
      { step: 'click', event: 'gk.click', people: 0, fromPrevious: null, fromFirst: null, medianMsFromPrevious: null },
      { step: 'goal', event: 'plan_upgraded', people: 0, fromPrevious: null, fromFirst: null, medianMsFromPrevious: null },
    ]);
  });
});

describe('GET /v1/admin/reports/event-funnel', () => {
  test('host events in order within 30 days of the first, with the median time between steps', async () => {
    const { status, body } = await adminGet(
      collector,
      '/v1/admin/reports/event-funnel?steps=upgrade_page_viewed,plan_chosen,order_confirmed,paid&from=2026-09-01T00:00:00Z&to=2026-10-01T00:00:00Z',
    );
    expect(status).toBe(200);
    expect(body).toEqual({
      withinDays: 30,
      from: '2026-09-01T00:00:00.000Z',
      to: '2026-10-01T00:00:00.000Z',
      segment: null,
      steps: [
        {
          step: 'upgrade_page_viewed',
          event: 'upgrade_page_viewed',
          people: 20,
          fromPrevious: null,
          fromFirst: 1,
          medianMsFromPrevious: null,
        },
        // even j: 10, after 1 … 10 minutes → median 5.5 min
        { step: 'plan_chosen', event: 'plan_chosen', people: 10, fromPrevious: 0.5, fromFirst: 0.5, medianMsFromPrevious: 5.5 * MINUTE },
        // j mod 4 = 0: 5 (f1 never chose a plan), 59, 57, 55, 53, 51 minutes after their choice
        {
          step: 'order_confirmed',
          event: 'order_confirmed',
          people: 5,
          fromPrevious: 0.5,
          fromFirst: 0.25,
          medianMsFromPrevious: 55 * MINUTE,
        },
        // f0 only: f4 paid after 40 days, f8 before its order
        { step: 'paid', event: 'paid', people: 1, fromPrevious: 0.2, fromFirst: 0.05, medianMsFromPrevious: MINUTE },
      ],
    });
  });
});

describe('GET /v1/admin/reports/checklist-funnel', () => {
  test("the campaign's steps in order with the people who completed each, where they stall, and who finished", async () => {
    const { status, body } = await adminGet(collector, '/v1/admin/reports/checklist-funnel?campaign=onb');
    expect(status).toBe(200);
    expect(body).toEqual({
      campaign: 'onb',
      from: '1970-01-01T00:00:00.000Z',
      to: expect.any(String),
      segment: null,
      // u0 … u59 with i mod 4 ≠ 3, and u60
      shown: 46,
      steps: [
        // shown and i mod 3 ≠ 2: i mod 12 ∈ {0, 1, 4, 6, 9, 10} (each sent twice, counted once)
        { step: 'a', completed: 30, fromShown: 0.652, fromPrevious: 0.652 },
        // and even: {0, 4, 6, 10}
        { step: 'b', completed: 20, fromShown: 0.435, fromPrevious: 0.667 },
        // and i mod 4 = 0: {0, 4}
        { step: 'c', completed: 10, fromShown: 0.217, fromPrevious: 0.5 },
      ],
      completed: { people: 10, fromShown: 0.217 },
    });
    const growth = await adminGet<{ shown: number; steps: { completed: number }[] }>(
      collector,
      `/v1/admin/reports/checklist-funnel?campaign=onb&${OCTOBER}&segment=plan:growth`,
    );
    // 30 even + u1 shown; a: even {0, 4, 6, 10} and u1
    expect([growth.body.shown, ...growth.body.steps.map((step) => step.completed)]).toEqual([31, 21, 20, 10]);
  });
});

describe('GET /v1/admin/reports/onboarding-retention', () => {
  test('D1 / D7 / D30 of October’s new users who finished the checklist against those who did not', async () => {
    const { status, body } = await adminGet(collector, `/v1/admin/reports/onboarding-retention?campaign=onb&${OCTOBER}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      campaign: 'onb',
      // the 10 who completed (i mod 12 ∈ {0, 4}) were active on s+1 and s+7
      finished: {
        cohort: 10,
        d1: { rate: 1, active: 10, measured: 10 },
        d7: { rate: 1, active: 10, measured: 10 },
        d30: { rate: 0, active: 0, measured: 10 },
      },
      // the other 50 of u0 … u59: their 20 even users active on s+1 only
      notFinished: {
        cohort: 50,
        d1: { rate: 0.4, active: 20, measured: 50 },
        d7: { rate: 0, active: 0, measured: 50 },
        d30: { rate: 0, active: 0, measured: 50 },
      },
    });
    const growth = await adminGet<{ finished: { cohort: number }; notFinished: { cohort: number; d1: unknown } }>(
      collector,
      `/v1/admin/reports/onboarding-retention?campaign=onb&${OCTOBER}&segment=plan:growth`,
    );
    expect(growth.body.finished.cohort).toBe(10);
    // 20 even non-finishers and u1
    expect(growth.body.notFinished).toMatchObject({ cohort: 21, d1: { rate: 0.952, active: 20, measured: 21 } });
  });
});

describe('bad queries', () => {
  test('ISO instants with an offset and plain decimal numbers are taken', async () => {
    for (const path of [
      '/v1/admin/reports/event-funnel?steps=a,b&from=2026-10-01T08:00:00%2B08:00&to=2026-11-01T00:00:00.000Z&within=0.5',
      '/v1/admin/events?limit=10',
    ]) {
      expect((await adminGet(collector, path)).status, path).toBe(200);
    }
  });

  test.each([
    ['/v1/admin/reports/campaign-funnel', 400, 'campaign'],
    ['/v1/admin/reports/campaign-funnel?campaign=nope', 404, 'campaign'],
    ['/v1/admin/reports/campaign-funnel?campaign=onb&within=0', 400, 'within'],
    ['/v1/admin/reports/campaign-funnel?campaign=onb&segment=plan', 400, 'segment'],
    ['/v1/admin/reports/event-funnel?steps=paid', 400, 'steps'],
    ['/v1/admin/reports/event-funnel?steps=paid,paid', 400, 'steps'],
    ['/v1/admin/reports/event-funnel?steps=a,b&from=yesterday', 400, 'from'],
    ['/v1/admin/reports/checklist-funnel?campaign=storage-quota', 400, 'campaign'],
    ['/v1/admin/reports/onboarding-retention?campaign=onb', 400, 'from'],
    // only ISO instants with Z or an offset, only plain decimal numbers: what Date() and Number() would guess at is refused
    ['/v1/admin/reports/event-funnel?steps=a,b&from=1&to=2', 400, 'from'],
    ['/v1/admin/reports/event-funnel?steps=a,b&from=December%2017,%202025', 400, 'from'],
    ['/v1/admin/reports/event-funnel?steps=a,b&to=2026-11-22T09:30:00', 400, 'to'],
    ['/v1/admin/reports/event-funnel?steps=a,b&to=2026-11-22', 400, 'to'],
    ['/v1/admin/reports/event-funnel?steps=a,b&within=0x10', 400, 'within'],
    ['/v1/admin/reports/event-funnel?steps=a,b&within=1e1', 400, 'within'],
    ['/v1/admin/reports/event-funnel?steps=a,b&within=%207', 400, 'within'],
    ['/v1/admin/events?limit=1e3', 400, 'limit'],
    ['/v1/admin/events?limit=0x10', 400, 'limit'],
    ['/v1/admin/event-names?limit=10.0', 400, 'limit'],
    ['/v1/admin/users/ada?at=1', 400, 'at'],
    ['/v1/admin/accounts/acme?at=2026-11-22T09:30:00', 400, 'at'],
  ])('%s → %i naming %s', async (path, status, field) => {
    const res = await adminGet<{ error: { field: string; message: string } }>(collector, path);
    expect([res.status, res.body.error.field]).toEqual([status, field]);
    expect(res.body.error.message.length).toBeGreaterThan(10);
  });
});
