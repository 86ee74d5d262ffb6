import { expect, test } from 'vitest';
import type { CampaignRecord } from '@growthkit/core';
import { openConsole, press, signIn } from '../support/console-page.ts';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();

test('a PM in Tokyo schedules a campaign on their own clock; the form names the time zone and the instant in UTC, as saved', async () => {
  const console = await openConsole(e2e, '/console/campaigns/value-saved', { timezoneId: 'Asia/Tokyo' });
  const { page } = console;
  await signIn(page);
  const hint = (id: string) => page.locator(`#${id}-hint`).textContent();
  await expect.poll(() => hint('field-start')).toBe('Empty: as soon as it is live. In your time zone, Asia/Tokyo.');
  await page.getByLabel('Starts').fill('2027-01-10T09:00');
  await page.getByLabel('Ends').fill('2027-02-01T08:30');
  // Tokyo is UTC+9, with no summer time
  await expect.poll(() => hint('field-start')).toBe('In your time zone, Asia/Tokyo: 2027-01-10 00:00 UTC.');
  expect(await hint('field-end')).toBe('In your time zone, Asia/Tokyo: 2027-01-31 23:30 UTC.');
  await press(page.getByRole('button', { name: 'Save' }));
  await expect
    .poll(() =>
      page
        .getByRole('status')
        .allTextContents()
        .then((texts) => texts.join(' ')),
    )
    .toContain('Saved as version 2');
  const response = await fetch(`${e2e.stack.collectorUrl}/v1/admin/campaigns/value-saved`, {
    headers: { authorization: 'Bearer sk_demo' },
  });
  const { campaign } = (await response.json()) as CampaignRecord;
  expect(campaign.schedule).toEqual({ start: '2027-01-10T00:00:00.000Z', end: '2027-01-31T23:30:00.000Z' });
  expect(console.problems).toEqual([]);
  await console.close();
});
