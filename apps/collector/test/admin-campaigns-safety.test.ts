// @vitest-environment node
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { CampaignInput } from '@growthkit/core';
import { DEMO_QUOTA } from '../src/seed/demo-quota.ts';
import { DEMO_UPGRADE_COPY } from '../src/seed/demo-experiment.ts';
import { startTestCollector, type TestCollector } from './collector-fixture.ts';

let collector: TestCollector;

beforeAll(async () => {
  collector = await startTestCollector();
});
afterAll(async () => {
  await collector.close();
});

/** Saves `campaign` as a new campaign "safety" and answers the status and the refusal's field, if any. */
async function save(campaign: Omit<CampaignInput, 'id'>): Promise<{ status: number; field?: string }> {
  const res = await fetch(`${collector.url}/v1/admin/campaigns/safety`, {
    method: 'PUT',
    headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' },
    body: JSON.stringify({ campaign: { ...campaign, id: 'safety' }, author: 'Test' }),
  });
  const body = (await res.json()) as { error?: { code: string; field: string } };
  if (res.status === 400) expect(body.error?.code).toBe('invalid_campaign');
  return { status: res.status, field: body.error?.field };
}

const quota = (upgradeUrl: string): Omit<CampaignInput, 'id'> => {
  const widget = DEMO_QUOTA.widget as Extract<CampaignInput['widget'], { type: 'quota' }>;
  return { ...DEMO_QUOTA, widget: { ...widget, nextPlan: { ...widget.nextPlan, upgradeUrl } } };
};

const withAudience = (audience: Record<string, unknown>) => ({ ...DEMO_QUOTA, audience });

test('an upgrade URL the SDK would hand to location.assign must be http(s) or relative: no javascript: or data: in the host page', async () => {
  for (const url of [
    'javascript:alert(document.domain)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>1</script>',
  ])
    expect(await save(quota(url)), url).toEqual({ status: 400, field: 'widget.nextPlan.upgradeUrl' });
  for (const url of ['/account#upgrade', 'https://app.example.com/billing', '?plan=growth'])
    expect((await save(quota(url))).status, url).toBeLessThan(300);
});

test("a variant's overrides cannot bring in what the campaign itself may not have (the browser applies them unchecked)", async () => {
  const experiment = {
    ...DEMO_UPGRADE_COPY,
    variants: [
      { key: 'control', weight: 1 },
      { key: 'value', weight: 1, overrides: { widget: { nextPlan: { upgradeUrl: 'javascript:alert(1)' } } } },
    ],
  };
  expect(await save({ ...quota('/account'), experiment })).toEqual({ status: 400, field: 'experiment.variants' });
});

test('a $regex that backtracks for long on a long trait is refused where it is saved, wherever the condition nests', async () => {
  const refused: [Record<string, unknown>, string][] = [
    [{ email: { $regex: '(a+)+$' } }, 'audience.email.$regex'],
    [{ email: { $regexi: '^(a|aa)*$' } }, 'audience.email.$regexi'],
    [{ $or: [{ email: { $not: { $regex: 'a.*b.*c' } } }] }, 'audience.$or.0.email.$not.$regex'],
    [{ email: { $regex: '(a?){30}a{30}' } }, 'audience.email.$regex'],
    [{ email: { $regex: 'a{0,9}a{0,9}.*b' } }, 'audience.email.$regex'],
    [{ email: { $regex: `^${'x'.repeat(300)}$` } }, 'audience.email.$regex'],
    // quadratic: an unanchored search tries each from every position of a 16 KB value
    [{ email: { $regex: 'a.*b' } }, 'audience.email.$regex'],
    [{ email: { $regex: '.+@.+' } }, 'audience.email.$regex'],
    [{ email: { $regex: '^a.*b.*c' } }, 'audience.email.$regex'],
  ];
  for (const [audience, field] of refused) expect(await save(withAudience(audience)), field).toEqual({ status: 400, field });
  const allowed = ['@example\\.com$', '^.*@(acme|globex)\\.com$', '^\\d{3}-\\d{4}$', '(?:ab)+', '^a.*b', '^[^@]+@[^@]+$', '^(free|trial)$'];
  for (const $regex of allowed) expect((await save(withAudience({ email: { $regex } }))).status, $regex).toBeLessThan(300);
  // recheck judges each pattern when it is saved: about 2 s for these in all, one of them (fuzzed) 1.3 s
}, 15_000);

test('a page pattern with more than three "*" (each one a ".*" to backtrack over) is refused', async () => {
  const page = (path: string) => ({ ...DEMO_QUOTA, trigger: { type: 'page' as const, path } });
  expect(await save(page('/a*/b*/c*/d*'))).toEqual({ status: 400, field: 'trigger.path' });
  expect((await save(page('/projects/*/reports/*/edit*'))).status).toBeLessThan(300);
});

test('judging a pattern (seconds, for one recheck cannot decide quickly) does not hold the collector: /healthz answers meanwhile', async () => {
  const saving = save(withAudience({ email: { $regex: '(a?){30}a{30}' } }));
  // the save is still being judged while these are answered
  const waits: number[] = [];
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    expect((await fetch(`${collector.url}/healthz`)).status).toBe(200);
    waits.push(performance.now() - started);
  }
  expect(await saving).toEqual({ status: 400, field: 'audience.email.$regex' });
  expect(Math.max(...waits)).toBeLessThan(250);
}, 15_000);
