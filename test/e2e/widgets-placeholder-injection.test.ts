import { beforeAll, expect, test } from 'vitest';
import { assignVariant } from '@growthkit/core';
import { trialWorkspace } from '../support/demo-workspace.ts';
import { holdSdk } from '../support/held-sdk.ts';
import { useStack } from '../support/use-stack.ts';

const MARKUP = '<img src=x onerror=alert(1)>';

const e2e = useStack();
/** a trial user the quota campaign shows its own copy to (its experiment's control arm, when it runs one) */
let userId: string;

beforeAll(async () => {
  const experiment = (await e2e.stack.store.liveCampaigns('demo')).find((campaign) => campaign.id === 'storage-quota')?.experiment;
  do userId = `trial-${crypto.randomUUID().slice(0, 8)}`;
  while (experiment && assignVariant(experiment, { id: userId }).variant !== 'control');
});

type Stub = (...args: unknown[]) => void;

test('acceptance 7: a first name of <img src=x onerror=alert(1)> shows as text in the upsell card, the aha message and the quota dialog; no img is made, no alert fires', async () => {
  // Without the demo's CSP, so markup that got through would really run its handler: the widgets are the only defence.
  const context = await e2e.browser.newContext({ bypassCSP: true, locale: 'en-US' });
  await context.addInitScript((workspace) => localStorage.setItem('acme:workspace', workspace), trialWorkspace(userId));
  const page = await context.newPage();
  const alerts: string[] = [];
  page.on('dialog', (dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));

  // The trait goes in before any widget renders: identify again, right after the page's own call, while the SDK is held back.
  const releaseSdk = await holdSdk(page);
  await page.goto(e2e.stack.demoUrl, { waitUntil: 'domcontentloaded' });
  await page.evaluate(
    ([userId, firstName]) => (window as unknown as { growthkit: Stub }).growthkit('identify', userId, { first_name: firstName }),
    [userId, MARKUP],
  );
  releaseSdk();

  const upsell = page.locator('[data-growthkit="upsell"]');
  await expect
    .poll(() => upsell.getByRole('heading', { level: 2 }).textContent(), { timeout: 10_000 })
    .toBe(`${MARKUP}, keep your work when the trial ends`);

  await page.click('#import-customers');
  const aha = page.locator('[data-growthkit="aha"]');
  await expect.poll(() => aha.locator('.party p').textContent()).toBe(`Ten customers connected. Nice start, ${MARKUP}!`);

  for (let i = 0; i < 7; i++) await page.click('#upload');
  const dialog = page.getByRole('dialog', { name: "You've reached your storage limit" });
  await expect.poll(() => dialog.count()).toBe(1);
  expect(await dialog.locator('#body').textContent()).toBe(
    `${MARKUP}, new uploads are paused. Upgrade to keep your team working without interruption.`,
  );

  // time for an injected image's error handler to run, had one been made
  await page.waitForTimeout(300);
  const made = await page.evaluate(() => {
    const hosts = [...document.querySelectorAll('[data-growthkit-widget]')];
    return {
      hosts: hosts.length,
      images:
        hosts.reduce((count, host) => count + (host.shadowRoot?.querySelectorAll('img').length ?? 0), 0) +
        document.querySelectorAll('img').length,
    };
  });
  expect(made.hosts).toBeGreaterThanOrEqual(4);
  expect(made.images).toBe(0);
  expect(alerts).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
});
