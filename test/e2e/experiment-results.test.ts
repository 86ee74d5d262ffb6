import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { assignVariant, CampaignSchema, ExperimentSchema } from '@growthkit/core';
import { DEMO_UPGRADE_COPY } from '../../apps/collector/src/seed/demo-experiment.ts';
import { waitForSdk } from '../support/wait-for-sdk.ts';
import { trialWorkspace } from '../support/demo-workspace.ts';
import type { Stack } from '../support/stack.ts';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();

type GrowthKitWindow = { growthkit: ((method: string, ...args: unknown[]) => void) & { flush(): Promise<void> } };
const call = (page: Page, method: string, ...args: unknown[]) =>
  page.evaluate(([method, args]) => (window as unknown as GrowthKitWindow).growthkit(method as string, ...(args as unknown[])), [
    method,
    args,
  ] as const);
const flush = (page: Page) => page.evaluate(() => (window as unknown as GrowthKitWindow).growthkit.flush());

const experiment = ExperimentSchema.parse(DEMO_UPGRADE_COPY);
const TITLES = { control: "You've reached your storage limit", value: 'Teams on Growth save about 6 h a month' };

const exposuresOf = (userId: string) =>
  e2e.stack.storedEvents().filter((event) => event.name === 'gk.exposure' && event.user_id === userId) as (ReturnType<
    Stack['storedEvents']
  >[number] & {
    experiment: string;
    variant: string;
  })[];

async function results(key: string) {
  const res = await fetch(`${e2e.stack.collectorUrl}/v1/admin/experiments/${key}/results`, {
    headers: { authorization: 'Bearer sk_demo' },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as {
    variants: { key: string; holdout: boolean; exposed: number; converted: number }[];
    excludedMultipleExposure: number;
  };
}

/**
 * One visitor of the demo on a fresh device, as a trial user with a known id who reaches the storage limit (the quota
 * prompt's trigger). Control and value see the upgrade dialog in their copy, the holdout sees nothing; converters upgrade
 * (through the dialog's Upgrade when they see it, the host tracking `plan_upgraded` as billing would confirm it).
 */
async function visit(userId: string, converts: boolean): Promise<string> {
  const { variant } = assignVariant(experiment, { id: userId });
  const context = await e2e.browser.newContext({ locale: 'en-US' });
  try {
    await context.addInitScript((workspace) => localStorage.setItem('acme:workspace', workspace), trialWorkspace(userId));
    const page = await context.newPage();
    await page.goto(e2e.stack.demoUrl);
    await waitForSdk(page);
    await page.evaluate(() => {
      const gk = (window as unknown as GrowthKitWindow).growthkit;
      gk('on', 'upgrade', () => gk('track', 'plan_upgraded', { plan: 'growth' }));
    });
    await call(page, 'usage', 'storage_gb', 5, 5);
    await expect
      .poll(
        async () => {
          await flush(page);
          return exposuresOf(userId).length;
        },
        { timeout: 10_000 },
      )
      .toBe(1);
    const dialog = page.getByRole('dialog');
    if (variant === 'holdout') {
      expect(await dialog.count()).toBe(0);
      if (converts) await call(page, 'track', 'plan_upgraded', { plan: 'growth' });
    } else {
      await expect
        .poll(() => page.getByRole('dialog', { name: TITLES[variant as 'control' | 'value'] }).count(), { timeout: 5_000 })
        .toBe(1);
      if (converts) await dialog.getByRole('button', { name: 'Upgrade to Growth' }).click();
    }
    await flush(page);
  } finally {
    await context.close();
  }
  return variant!;
}

/**
 * The other users of the experiment, sent in one request from a server key as the SDK sends them: an exposure in the
 * variant the shared hash gives them, then `plan_upgraded` for the converters.
 */
async function sendExposuresAndConversions(users: { userId: string; converts: boolean }[]): Promise<void> {
  const exposedAt = Date.now() - 60_000;
  const events = users.flatMap(({ userId, converts }) => {
    const person = { anonymousId: `device-of-${userId}`, userId };
    const exposure = {
      ...person,
      id: crypto.randomUUID(),
      type: 'widget',
      name: 'gk.exposure',
      ts: new Date(exposedAt).toISOString(),
      campaignId: 'storage-quota',
      experiment: experiment.key,
      variant: assignVariant(experiment, { id: userId }).variant,
    };
    const conversion = { ...person, id: crypto.randomUUID(), type: 'track', name: 'plan_upgraded', ts: new Date().toISOString() };
    return converts ? [exposure, conversion] : [exposure];
  });
  const res = await fetch(`${e2e.stack.collectorUrl}/v1/events`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
  });
  expect(await res.json()).toMatchObject({ accepted: events.length, rejected: [] });
}

// Browser visits are the slow part (about 2 s each on a loaded 2-core machine): one visitor of each arm and outcome
// goes through the demo, the device splitting them and the dialog converting them; the rest arrive in bulk.
test('acceptance 4: 40 users split by the shared hash into two variants and a holdout, and the results count exactly who was exposed and who converted', async () => {
  const users = Array.from({ length: 40 }, (_, i) => {
    const userId = `exp-user-${i}`;
    return { userId, converts: i % 3 === 0, variant: assignVariant(experiment, { id: userId }).variant };
  });
  const visitors = users.filter(
    (user, i) => users.findIndex((other) => other.variant === user.variant && other.converts === user.converts) === i,
  );
  const seenInBrowser = await Promise.all(visitors.map(({ userId, converts }) => visit(userId, converts)));
  expect(seenInBrowser).toEqual(visitors.map((visitor) => visitor.variant));
  await sendExposuresAndConversions(users.filter((user) => !visitors.includes(user)));

  const expected = ['control', 'value', 'holdout'].map((key) => ({
    key,
    holdout: key === 'holdout',
    exposed: users.filter((user) => user.variant === key).length,
    converted: users.filter((user) => user.variant === key && user.converts).length,
  }));
  console.log(
    `experiment split of 40 users: ${expected.map((arm) => `${arm.key} ${arm.exposed} (${arm.converted} converted)`).join(', ')}`,
  );
  // Each arm has users, so the test covers the dialog in both copies and the holdout.
  for (const arm of expected) expect(arm.exposed).toBeGreaterThan(0);

  for (const { userId, variant } of users) {
    const exposures = exposuresOf(userId);
    expect(exposures).toHaveLength(1);
    expect(exposures[0]).toMatchObject({ experiment: 'demo-upgrade-copy', variant, campaign_id: 'storage-quota' });
  }
  const body = await results('demo-upgrade-copy');
  expect(body.variants.map(({ key, holdout, exposed, converted }) => ({ key, holdout, exposed, converted }))).toEqual(expected);
  expect(body.excludedMultipleExposure).toBe(0);
}, 60_000);

test('a user who signs in keeps the variant they saw while anonymous, on the device and on the collector, and converts in it', async () => {
  const signinExperiment = {
    key: 'signin-copy',
    variants: [
      { key: 'a', weight: 1, overrides: { content: { title: { en: 'Welcome, variant A' } } } },
      { key: 'b', weight: 1, overrides: { content: { title: { en: 'Welcome, variant B' } } } },
    ],
    goal: { event: 'plan_upgraded', windowDays: 14 },
  };
  await e2e.stack.putCampaign(
    CampaignSchema.parse({
      id: 'signin-welcome',
      widget: {
        type: 'checklist',
        steps: ['one', 'two', 'three'].map((id) => ({ id, label: { en: `Step ${id}` }, complete: { kind: 'manual' } })),
      },
      content: { title: { en: 'Welcome' } },
      placement: { floating: 'corner-end' },
      priority: 100,
      experiment: signinExperiment,
    }),
  );
  const parsed = ExperimentSchema.parse(signinExperiment);

  const context = await e2e.browser.newContext({ locale: 'en-US' });
  // The demo signs its visitor in at once; this visitor has not signed in yet: the page's own identify calls are left
  // out (before and after the SDK arrives) until the test signs in through the SDK.
  await context.addInitScript(() => {
    type Api = ((...args: unknown[]) => unknown) & { q?: unknown[][] };
    const w = window as unknown as { signedIn?: boolean };
    const keep = (args: unknown[]) => args[0] !== 'identify' || w.signedIn === true;
    const stub: Api = (...args: unknown[]) => void (keep(args) && stub.q!.push(args));
    stub.q = [];
    let current: Api = stub;
    Object.defineProperty(window, 'growthkit', {
      configurable: true,
      get: () => current,
      set: (api: Api) => {
        current = new Proxy(api, {
          apply: (target, self, args: unknown[]) => (keep(args) ? Reflect.apply(target, self, args) : undefined),
        });
      },
    });
  });
  const page = await context.newPage();
  await page.goto(e2e.stack.demoUrl);
  await waitForSdk(page);
  const anonymousId = await page.evaluate(() => JSON.parse(localStorage.getItem('growthkit:anonymousId')!) as string);
  const anonymousVariant = assignVariant(parsed, { id: anonymousId }).variant!;
  const title = (variant: string) => `Welcome, variant ${variant.toUpperCase()}`;
  await expect.poll(() => page.getByText(title(anonymousVariant)).count(), { timeout: 10_000 }).toBe(1);

  // Someone whose own id would land in the other variant: keeping the anonymous one is then visible.
  const userId = Array.from({ length: 50 }, (_, i) => `signin-user-${i}`).find(
    (id) => assignVariant(parsed, { id }).variant !== anonymousVariant,
  )!;
  await page.evaluate(() => ((window as unknown as { signedIn: boolean }).signedIn = true));
  await call(page, 'identify', userId, { plan: 'trial' });
  await flush(page);
  await page.reload();
  await waitForSdk(page);
  await expect.poll(() => page.getByText(title(anonymousVariant)).count(), { timeout: 10_000 }).toBe(1);
  await call(page, 'track', 'plan_upgraded', { plan: 'growth' });
  await flush(page);

  // The collector's copy of the user's state carries the assignment, so their other devices show the same variant.
  await expect
    .poll(async () => {
      const res = await fetch(`${e2e.stack.collectorUrl}/v1/state?key=pk_demo&anonymousId=another-device&userId=${userId}`, {
        headers: { origin: e2e.stack.demoUrl },
      });
      return ((await res.json()) as { experiments?: Record<string, { variant: string }> }).experiments?.['signin-copy']?.variant;
    })
    .toBe(anonymousVariant);
  await context.close();

  const exposures = e2e.stack.storedEvents().filter((event) => event.name === 'gk.exposure' && event.campaign_id === 'signin-welcome');
  expect(exposures).toHaveLength(1);
  expect(exposures[0]).toMatchObject({ anonymous_id: anonymousId, user_id: null, variant: anonymousVariant });
  const body = await results('signin-copy');
  expect(body.variants.find((arm) => arm.key === anonymousVariant)).toMatchObject({ exposed: 1, converted: 1 });
  expect(body.variants.find((arm) => arm.key !== anonymousVariant)).toMatchObject({ exposed: 0, converted: 0 });
});
