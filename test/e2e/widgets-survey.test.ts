import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PROJECT } from '../../apps/collector/src/seed/demo-project.ts';
import { choosePersona, openDemo } from '../support/demo-page.ts';
import { docsScreenshot } from '../support/docs-screenshot.ts';
import { waitForSdk } from '../support/wait-for-sdk.ts';
import { useStack } from '../support/use-stack.ts';

const CAMPAIGN = 'nps-survey';

const e2e = useStack();

const survey = (page: Page) => page.getByRole('region', { name: 'Quick question' });

/** The risk signals the collector computes for the user now, from their stored events (the eligibility endpoint). */
async function riskSignals(userId: string): Promise<string[]> {
  const response = await fetch(`${e2e.stack.collectorUrl}/v1/admin/users/${encodeURIComponent(userId)}/eligibility`, {
    headers: { authorization: `Bearer ${DEMO_PROJECT.secretKey}` },
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { context: { computed: { riskSignals: string[] } } };
  return body.context.computed.riskSignals;
}

test('NPS by keyboard alone: a detractor score and its follow-up reach the collector as one gk.survey_answer, the collector then sees negative_feedback, and the question is not asked again', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  const { page } = demo;
  // the basic persona is 40 days in: past the survey's two weeks
  const userId = await choosePersona(page, 'basic');
  await page.getByRole('link', { name: 'Reports', exact: true }).click();
  await expect.poll(() => survey(page).count(), { timeout: 10_000 }).toBe(1);
  await demo.events(CAMPAIGN);
  expect(await riskSignals(userId)).not.toContain('negative_feedback');

  const scale = survey(page).getByRole('group', { name: 'How likely are you to recommend Acme Docs to a friend or colleague?' });
  await scale.getByRole('radio', { name: '0', exact: true }).focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  expect(await scale.getByRole('radio', { name: '3', exact: true }).isChecked()).toBe(true);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Exports time out');
  expect(await survey(page).getByRole('textbox', { name: 'What disappointed you, and what should we fix first?' }).inputValue()).toBe(
    'Exports time out',
  );
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => survey(page).getByRole('status').textContent()).toBe('Thank you for your answer!');

  await expect
    .poll(async () => (await demo.events(CAMPAIGN)).filter((event) => event.name === 'gk.survey_answer'))
    .toEqual([{ name: 'gk.survey_answer', campaignId: CAMPAIGN, userId, props: { survey: 'nps', score: 3, answer: 'Exports time out' } }]);
  expect(await riskSignals(userId)).toContain('negative_feedback');

  // answered: the thank-you stays for this page view; from the next one on (a route, a reload) the survey is over,
  // without a dismissal reported
  await page.waitForTimeout(500);
  expect(await survey(page).getByRole('status').textContent()).toBe('Thank you for your answer!');
  await page.getByRole('link', { name: 'Docs', exact: true }).click();
  await expect.poll(() => survey(page).count()).toBe(0);
  await page.getByRole('link', { name: 'Reports', exact: true }).click();
  await page.reload();
  await waitForSdk(page);
  await page.waitForTimeout(1000);
  expect(await survey(page).count()).toBe(0);
  expect((await demo.events(CAMPAIGN)).map((event) => event.name)).not.toContain('gk.dismiss');
  expect((await demo.events(CAMPAIGN)).filter((event) => event.name === 'gk.survey_answer')).toHaveLength(1);
  expect(demo.problems).toEqual([]);
  await demo.close();
});

test('a promoter is asked what they like, and no negative feedback is counted', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack, { viewport: { width: 900, height: 640 } });
  const { page } = demo;
  const userId = await choosePersona(page, 'growth');
  await page.getByRole('link', { name: 'Reports', exact: true }).click();
  await expect.poll(() => survey(page).count(), { timeout: 10_000 }).toBe(1);
  await survey(page).getByRole('radio', { name: '9', exact: true }).focus();
  await page.keyboard.press('Space');
  expect(await survey(page).getByRole('textbox', { name: 'What do you like most?' }).count()).toBe(1);
  await docsScreenshot(page, 'survey-demo');
  await survey(page).getByRole('button', { name: 'Send' }).press('Enter');
  await expect
    .poll(async () => (await demo.events(CAMPAIGN)).filter((event) => event.name === 'gk.survey_answer').map((event) => event.props))
    .toEqual([{ survey: 'nps', score: 9 }]);
  expect(await riskSignals(userId)).not.toContain('negative_feedback');
  await demo.close();
});

test('the churn-reason question follows a cancellation confirmed without a reason, not one whose reason the flow got, and its answer reaches the collector once', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  const { page } = demo;
  const userId = await choosePersona(page, 'basic');
  const churn = page.getByRole('region', { name: 'Sorry to see you go' });
  const outcomes = async () => (await demo.events()).filter((event) => event.name === 'gk.cancel_outcome').map((event) => event.props);
  await page.getByRole('link', { name: 'Account' }).click();
  const flow = page.getByRole('dialog');

  // a reason given in the flow: nothing asks it again
  await page.getByRole('button', { name: 'Cancel subscription' }).click();
  await flow.getByRole('radio', { name: 'My business changed' }).check({ timeout: 10_000 });
  await flow.getByRole('button', { name: 'Continue cancelling' }).click();
  await flow.getByRole('button', { name: 'Continue cancelling' }).click();
  await flow.getByRole('button', { name: 'Confirm cancellation' }).click();
  await expect.poll(() => page.locator('#cancel-outcome').textContent()).toMatch(/^Outcome: cancelled/);
  // the device decided on its outcome before sending it, so once the collector has it the survey would be up
  await expect.poll(outcomes).toEqual([expect.objectContaining({ outcome: 'cancelled', reason: 'business_changed' })]);
  expect(await churn.count()).toBe(0);

  // no reason given ("Continue cancelling" on the first step): the survey asks it
  await page.getByRole('button', { name: 'Cancel subscription' }).click();
  await flow.getByRole('button', { name: 'Continue cancelling' }).click({ timeout: 10_000 });
  await flow.getByRole('button', { name: 'Confirm cancellation' }).click();
  await expect
    .poll(outcomes)
    .toEqual([expect.objectContaining({ reason: 'business_changed' }), expect.objectContaining({ outcome: 'cancelled', reason: null })]);
  // the cancel flow was the host's, so the survey still has this session's contact budget
  await expect.poll(() => churn.count(), { timeout: 10_000 }).toBe(1);
  await churn.getByRole('radio', { name: 'Switched to another product' }).check();
  await churn.getByRole('button', { name: 'Send' }).click();
  await expect.poll(() => churn.getByRole('status').textContent()).toBe('Thank you for your answer!');
  await expect
    .poll(async () => (await demo.events('churn-reason-survey')).filter((event) => event.name === 'gk.survey_answer'))
    .toEqual([
      { name: 'gk.survey_answer', campaignId: 'churn-reason-survey', userId, props: { survey: 'churn_reason', choice: 'competitor' } },
    ]);
  expect(demo.problems).toEqual([]);
  await demo.close();
});
