import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { floatingPrompt, useCampaigns } from '../support/targeting-campaigns.ts';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();

beforeAll(async () => {
  await useCampaigns(e2e.stack, [
    floatingPrompt('prompt-low', 'Low prompt', { priority: 10 }),
    floatingPrompt('prompt-high', 'High prompt', { priority: 30 }),
    floatingPrompt('prompt-mid', 'Mid prompt', { priority: 20 }),
  ]);
});

const prompts = (page: Page) => page.locator('body > [data-growthkit-widget]').filter({ hasText: 'prompt' });
const shownTitles = async (page: Page) => (await prompts(page).getByRole('heading').allTextContents()).sort();

test('three interruptive campaigns eligible at once, a budget of one per session: only the highest priority shows, and nothing replaces it once dismissed', async () => {
  const context = await e2e.browser.newContext();
  const page = await context.newPage();
  await page.goto(e2e.stack.demoUrl);
  await expect.poll(() => shownTitles(page), { timeout: 10_000 }).toEqual(['High prompt']);

  // A reload in the same session brings back the same prompt, and still only that one.
  await page.reload();
  await expect.poll(() => shownTitles(page), { timeout: 10_000 }).toEqual(['High prompt']);
  await page.waitForTimeout(500);
  expect(await shownTitles(page)).toEqual(['High prompt']);

  await prompts(page).getByRole('button', { name: 'Dismiss' }).click();
  await expect.poll(() => prompts(page).count()).toBe(0);
  // The session's budget is spent: mid and low wait for the next session.
  await page.getByRole('link', { name: 'Reports', exact: true }).click();
  await page.waitForTimeout(500);
  expect(await prompts(page).count()).toBe(0);
  await context.close();
});
