import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CampaignSchema, PublicSettingsSchema, type CampaignInput, type Decision, type UserState } from '@growthkit/core';
import { startCollector, type Collector } from '@growthkit/collector';
import { deviceSnapshot } from '../../packages/sdk/src/campaigns/device-snapshot.ts';
import { decideOnDevice } from '../../packages/sdk/src/campaigns/decide-on-device.ts';
import { Identity } from '../../packages/sdk/src/identity.ts';
import { localValues } from '../../packages/sdk/src/local-values.ts';
import { EventCounters } from '../../packages/sdk/src/state/event-counters.ts';
import { UsageMeters } from '../../packages/sdk/src/state/usage-meters.ts';

/**
 * Acceptance 5 of issue 3: the SDK and the collector reach the same eligibility for the same context. Each row's
 * history goes through the SDK's device state (Identity, EventCounters, UsageMeters on LocalValues → decideOnDevice)
 * and, as events, through a real collector on a real SQLite file (POST /v1/events, PUT /v1/state, then
 * GET /v1/admin/users/:id/eligibility); the decisions must be identical, reasons and all: each reason's details and,
 * both running on Node here, its words (`message`).
 */

const DAY = 86_400_000;
const NOW = new Date('2026-11-22T15:00:00.000Z');
const ago = (days: number, hours = 0) => new Date(NOW.getTime() - days * DAY - hours * 3_600_000).toISOString();
const ahead = (days: number) => new Date(NOW.getTime() + days * DAY).toISOString();
const SESSION = 'session-now';
const BROWSER_ZONE = 'America/New_York';

const text = { en: 'x' };
const step = (id: string) => ({ id, label: text, complete: { kind: 'manual' } }) as const;
const checklist = { type: 'checklist', steps: [step('a'), step('b'), step('c')] } as const;
const campaign = (input: Omit<CampaignInput, 'widget' | 'content'>) =>
  CampaignSchema.parse({ widget: checklist, content: { title: text }, ...input });

const CAMPAIGNS = [
  campaign({
    id: 'trial-tips',
    audience: { plan: 'trial' },
    trigger: { type: 'page', path: '/docs*' },
    placement: { slot: 'sidebar' },
    priority: 5,
  }),
  campaign({ id: 'new-users', trigger: { type: 'schedule', daysSinceSignup: { max: 7 } }, placement: { slot: 'sidebar' }, priority: 1 }),
  campaign({
    id: 'power-user',
    audience: { 'counters.doc_created.last7': { $gte: 3 } },
    trigger: { type: 'event', event: 'doc_created', count: 3 },
    priority: 20,
  }),
  campaign({
    id: 'storage-warning',
    trigger: { type: 'usage', metric: 'storage_gb', threshold: 0.8 },
    placement: { floating: 'banner' },
    priority: 30,
  }),
  campaign({
    id: 'renewal',
    audience: { 'account.plan': 'business' },
    trigger: { type: 'schedule', daysToRenewal: { atMost: 14 } },
    placement: { floating: 'modal' },
    priority: 25,
  }),
  campaign({
    id: 'at-risk',
    audience: { 'computed.risk': { $in: ['medium', 'high'] } },
    frequency: { dismissCooldownHours: 24 },
    priority: 15,
  }),
  campaign({ id: 'capped', placement: { slot: 'home' }, frequency: { maxImpressions: 2 }, priority: 3 }),
];

type Step =
  | { at: string; identify: Record<string, unknown> }
  | { at: string; group: string; traits: Record<string, unknown> }
  | { at: string; track: string }
  | { at: string; usage: [metric: string, used: number, limit: number] };

interface Row {
  name: string;
  settings?: Record<string, unknown>;
  steps: Step[];
  state?: UserState;
  path: string;
  /** the reason codes this row is about, so the table cannot pass by deciding nothing */
  expected: Record<string, string>;
  /** the collector's words for some of them: an audience refusal names the failing attribute and its value */
  said?: Record<string, string>;
}

const trial = { plan: 'trial', signed_up_at: ago(3) };
const docs = (...days: number[]): Step[] => days.map((d, i) => ({ at: ago(d, i), track: 'doc_created' }));

const ROWS: Row[] = [
  {
    name: 'a new trial user on a docs page: page trigger and audience hold; one campaign per slot',
    steps: [{ at: ago(3), identify: trial }],
    path: '/docs/intro',
    expected: {
      'trial-tips': 'shown',
      'new-users': 'slot-taken',
      'power-user': 'audience',
      'storage-warning': 'trigger',
      renewal: 'audience',
    },
    said: { 'power-user': 'counters.doc_created.last7 is not set; needs $gte 3', renewal: 'account.plan is not set; needs "business"' },
  },
  {
    name: 'the same user elsewhere: the page trigger holds',
    steps: [{ at: ago(3), identify: trial }],
    path: '/reports',
    expected: { 'trial-tips': 'trigger', 'new-users': 'shown' },
  },
  {
    name: 'three docs this week and storage at 92%: one interruptive prompt, by priority',
    steps: [
      { at: ago(30), identify: { plan: 'basic', signed_up_at: ago(30) } },
      ...docs(1, 2, 3),
      { at: ago(0, 1), usage: ['storage_gb', 4.6, 5] },
    ],
    path: '/',
    expected: { 'storage-warning': 'shown', 'power-user': 'interruptive-slot-taken', 'new-users': 'schedule' },
  },
  {
    name: 'the same at 23:00 in Shanghai (timezone trait) inside quiet hours',
    settings: { quietHours: { start: '21:00', end: '08:00' } },
    steps: [
      { at: ago(30), identify: { plan: 'basic', timezone: 'Asia/Shanghai' } },
      ...docs(1, 2, 3),
      { at: ago(0, 1), usage: ['storage_gb', 4.6, 5] },
    ],
    path: '/',
    expected: { 'storage-warning': 'quiet-hours', 'power-user': 'quiet-hours' },
  },
  {
    name: 'three docs, but three weeks ago: the trigger holds, the 7-day counter fails the audience',
    steps: [{ at: ago(30), identify: { plan: 'basic' } }, ...docs(20, 21, 22)],
    path: '/',
    expected: { 'power-user': 'audience' },
    said: { 'power-user': 'counters.doc_created.last7 is 0; needs $gte 3' },
  },
  {
    name: 'anonymous events before identify count for the user',
    steps: [...docs(1, 1, 2), { at: ago(0, 2), identify: { plan: 'basic' } }],
    path: '/',
    expected: { 'power-user': 'shown' },
  },
  {
    name: 'a prompt already shown this session spends the budget',
    steps: [
      { at: ago(10), identify: { plan: 'basic' } },
      { at: ago(0, 3), usage: ['storage_gb', 5, 5] },
    ],
    state: { campaigns: {}, contacts: [{ at: ago(0, 2), campaignId: 'other', session: SESSION }] },
    path: '/',
    expected: { 'storage-warning': 'budget' },
  },
  {
    name: 'the minimum gap after a prompt in an earlier session',
    steps: [
      { at: ago(10), identify: { plan: 'basic' } },
      { at: ago(0, 3), usage: ['storage_gb', 5, 5] },
    ],
    settings: { budget: { perSession: 1, perDay: 5, perWeek: 10, minGapMinutes: 240 } },
    state: { campaigns: {}, contacts: [{ at: ago(0, 2), campaignId: 'other', session: 'earlier' }] },
    path: '/',
    expected: { 'storage-warning': 'min-gap' },
  },
  {
    name: 'a business account ten days from renewal; group traits replace on an account switch',
    steps: [
      { at: ago(400), identify: { plan: 'basic' } },
      { at: ago(300), group: 'acct-old', traits: { plan: 'business', renews_at: ahead(3) } },
      { at: ago(200), group: 'acct-new', traits: { plan: 'business' } },
      { at: ago(100), group: 'acct-new', traits: { renews_at: ahead(10) } },
    ],
    path: '/account',
    expected: { renewal: 'shown' },
  },
  {
    name: 'an unhappy user (nps 4) dismissed the at-risk prompt two hours ago',
    steps: [{ at: ago(40), identify: { plan: 'basic', nps: 4 } }],
    state: { campaigns: { 'at-risk': { impressions: 1, dismissedAt: ago(0, 2), steps: {} } } },
    path: '/',
    expected: { 'at-risk': 'dismissed' },
  },
  {
    name: 'an unhappy user with no dismissal sees it; a campaign shown twice is capped',
    steps: [{ at: ago(40), identify: { plan: 'basic', nps: 4 } }],
    state: { campaigns: { capped: { impressions: 2, steps: {} } } },
    path: '/',
    expected: { 'at-risk': 'shown', capped: 'frequency' },
  },
  {
    name: 'a user emailed yesterday is spared interruptive prompts',
    settings: { reachedTrait: 'emailed_at' },
    steps: [{ at: ago(40), identify: { plan: 'basic', nps: 3, emailed_at: ago(1) } }],
    path: '/',
    expected: { 'at-risk': 'reached-elsewhere', capped: 'shown' },
  },
];

let collector: Collector;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'growthkit-parity-'));
  collector = await startCollector({ port: 0, dbPath: join(dir, 'growthkit.sqlite') });
});
afterAll(async () => {
  await collector?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function onDevice(row: Row, index: number): Promise<{ decisions: Decision[]; anonymousId: string }> {
  const values = localValues(`parity-${index}:`);
  values.set('session', { id: SESSION, last: NOW.getTime() });
  const identity = new Identity(values, () => NOW.getTime());
  const counters = new EventCounters(values, 'counters');
  const usage = new UsageMeters(values, 'usage');
  for (const step of row.steps) {
    if ('identify' in step) identity.identify('user-1', step.identify);
    else if ('group' in step) identity.group(step.group, step.traits);
    else if ('track' in step) counters.count(step.track, step.at);
    else usage.set(...step.usage);
  }
  const state = row.state ?? { campaigns: {} };
  const device = {
    ...deviceSnapshot({ identity, counters, usage, state: { current: () => state } }),
    campaigns: CAMPAIGNS,
    settings: PublicSettingsSchema.parse(row.settings ?? {}),
    page: { url: `https://app.example.com${row.path}`, path: row.path },
    locale: 'en',
    timeZone: BROWSER_ZONE,
    now: NOW,
  };
  return { decisions: decideOnDevice(device), anonymousId: identity.who().anonymousId };
}

async function onCollector(row: Row, index: number, anonymousId: string): Promise<Decision[]> {
  const project = `parity-${index}`;
  const auth = { authorization: `Bearer sk_${project}` };
  await collector.store.createProjectIfAbsent({
    id: project,
    publishableKey: `pk_${project}`,
    secretKey: `sk_${project}`,
    allowedOrigins: [],
    settings: PublicSettingsSchema.parse(row.settings ?? {}),
  });
  for (const c of CAMPAIGNS) await collector.store.putCampaign(project, c);
  let identified = false;
  const events = row.steps.map((step, i) => {
    if ('identify' in step) identified = true;
    const base = {
      id: `evt-${index}-${i}-xxxx`,
      ts: step.at,
      anonymousId,
      sessionId: 'session-earlier',
      ...(identified && { userId: 'user-1' }),
    };
    if ('identify' in step) return { ...base, type: 'identify', name: 'identify', props: step.identify };
    if ('group' in step) return { ...base, type: 'group', name: 'group', accountId: step.group, props: step.traits };
    if ('track' in step) return { ...base, type: 'track', name: step.track, props: {} };
    const [metric, used, limit] = step.usage;
    return { ...base, type: 'track', name: 'usage', props: { metric, used, limit } };
  });
  const posted = await fetch(`${collector.url}/v1/events`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
  });
  expect(await posted.json()).toMatchObject({ accepted: events.length, rejected: [] });
  if (row.state) {
    const put = await fetch(`${collector.url}/v1/state?userId=user-1`, {
      method: 'PUT',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(row.state),
    });
    expect(put.status).toBe(200);
  }
  const query = new URLSearchParams({
    at: NOW.toISOString(),
    path: row.path,
    url: `https://app.example.com${row.path}`,
    timeZone: BROWSER_ZONE,
    session: SESSION,
    locale: 'en',
  });
  const answer = await fetch(`${collector.url}/v1/admin/users/user-1/eligibility?${query}`, { headers: auth });
  expect(answer.status).toBe(200);
  return ((await answer.json()) as { decisions: Decision[] }).decisions;
}

test.each(ROWS.map((row, index) => [row.name, row, index] as const))('%s', async (_name, row, index) => {
  const device = await onDevice(row, index);
  const server = await onCollector(row, index, device.anonymousId);
  // the same decisions: verdicts, reasons, details and words
  expect(server).toEqual(device.decisions);
  const codes = Object.fromEntries(device.decisions.map((decision) => [decision.campaignId, decision.reason.code]));
  expect(codes).toMatchObject(row.expected);
  const words = Object.fromEntries(server.map((decision) => [decision.campaignId, decision.reason.message]));
  expect(words).toMatchObject(row.said ?? {});
});

test('the endpoint needs the secret key and says which query value is wrong', async () => {
  const url = `${collector.url}/v1/admin/users/user-1/eligibility`;
  expect((await fetch(`${url}?key=pk_parity-0`)).status).toBe(403);
  const bad = await fetch(`${url}?at=yesterday`, { headers: { authorization: 'Bearer sk_parity-0' } });
  expect(bad.status).toBe(400);
  expect(await bad.json()).toMatchObject({ error: { code: 'invalid_query', field: 'at' } });
  const zone = await fetch(`${url}?timeZone=Mars/Olympus`, { headers: { authorization: 'Bearer sk_parity-0' } });
  expect(await zone.json()).toMatchObject({ error: { code: 'invalid_query', field: 'timeZone' } });
});
