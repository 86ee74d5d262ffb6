import { expect, test } from 'vitest';
import { type CampaignRecord, WIDGET_TYPES } from '@growthkit/core';
import type { BrowserContextOptions } from 'playwright-core';
import { DEMO_CAMPAIGNS } from '../../apps/collector/src/seed/demo-project.ts';
import { choosePersona, openDemo } from '../support/demo-page.ts';
import { expectAccessible, openConsole as openConsoleOf, picture, press, signIn, typeInto } from '../support/console-page.ts';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();
const CAMPAIGN = 'console-welcome';
const TITLE = 'Picked for you in the console';

const openConsole = (path = '/console/campaigns', options: BrowserContextOptions = {}) =>
  openConsoleOf(e2e, path, { viewport: { width: 1280, height: 860 }, ...options });

test('a wrong key is refused in plain words; the right one opens the console and is kept in the tab only, never in a URL', async () => {
  const console = await openConsole();
  const { page } = console;
  // Tab order from the top of the page: name, key, the sign-in button
  await page.keyboard.press('Tab');
  await page.keyboard.type('Pat Product');
  await page.keyboard.press('Tab');
  await page.keyboard.type('sk_wrong');
  await page.keyboard.press('Enter');
  const error = page.getByRole('alert');
  await expect.poll(() => error.textContent()).toContain('This collector does not know that secret key');
  expect(await page.getByLabel('Secret key').getAttribute('aria-invalid')).toBe('true');
  expect(await page.getByLabel('Secret key').getAttribute('aria-describedby')).toBe('key-error');

  // after a refusal the field to fix has focus, not the page
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('key');
  await typeInto(page.getByLabel('Your name'), ' ');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('Enter your name');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('name');

  await signIn(page);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Campaigns');
  await expect.poll(() => page.getByRole('row').count()).toBe(DEMO_CAMPAIGNS.length + 1);
  expect(await page.getByRole('table').textContent()).toContain('computed.days_since_signup is at most 30');
  expect(page.url()).not.toContain('sk_');
  expect(await page.evaluate(() => JSON.stringify(sessionStorage))).toContain('sk_demo');
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('sk_demo');

  await press(page.getByRole('button', { name: 'Sign out' }));
  await expect.poll(() => page.getByLabel('Secret key').count()).toBe(1);
  expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain('sk_demo');
  expect(console.problems.filter((problem) => !problem.includes('401'))).toEqual([]);
  await console.close();
});

test('create a campaign in the form, see the schema error at its field, save, see it in the demo, roll it back and see it go', async () => {
  const console = await openConsole();
  const { page } = console;
  await signIn(page);
  await press(page.getByRole('link', { name: 'New campaign' }));
  await expect.poll(() => page.url()).toBe(`${e2e.stack.collectorUrl}/console/campaigns/new`);

  const id = page.getByLabel('Campaign id');
  await typeInto(id, 'Welcome Tip!');
  await expect.poll(() => id.getAttribute('aria-invalid')).toBe('true');
  expect(await page.locator('#field-id-error').textContent()).toContain('must be 1–64 characters of a–z, 0–9, "_" or "-"');
  expect(await id.getAttribute('aria-describedby')).toBe('field-id-hint field-id-error');
  await typeInto(id, CAMPAIGN);
  await expect.poll(() => id.getAttribute('aria-invalid')).toBe('false');

  await typeInto(page.getByLabel('Name'), 'Console welcome');
  await page.getByLabel('Status').selectOption('live');
  await typeInto(page.getByLabel('Title (English)'), TITLE);
  await typeInto(page.getByLabel('Title (简体中文)'), '控制台为你推荐');
  await typeInto(page.getByLabel('Audience'), '{ "plan": "growth" }');
  expect(await page.getByText('In words: plan is growth').count()).toBe(1);
  await typeInto(page.getByLabel('Priority'), '100');
  await picture(page, 'console-editor');
  await press(page.getByRole('button', { name: 'Save' }));
  await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Saved as version 1');
  expect(page.url()).toBe(`${e2e.stack.collectorUrl}/console/campaigns/${CAMPAIGN}`);

  // the demo, running all along, gets it on its next config fetch: a growth customer sees it, a trial one does not
  const demo = await openDemo(e2e.browser, e2e.stack);
  expect(await demo.page.getByText(TITLE).count()).toBe(0);
  await choosePersona(demo.page, 'growth');
  await expect.poll(() => demo.page.getByText(TITLE).count(), { timeout: 10_000 }).toBe(1);

  await press(page.getByRole('link', { name: 'History' }));
  await expect.poll(() => page.getByRole('heading', { name: 'Version 1' }).count()).toBe(1);
  expect(await page.locator('.version').first().textContent()).toContain('created by Pat Product');
  await press(page.getByRole('button', { name: 'Roll back to before it was created' }));
  await press(page.getByRole('dialog').getByRole('button', { name: 'Roll back and archive' }));
  await expect.poll(() => page.getByRole('status').first().textContent()).toContain('archived as version 2');
  await expect.poll(() => page.getByRole('heading', { name: 'Version 2' }).count()).toBe(1);
  await picture(page, 'console-history');

  await demo.page.reload();
  await choosePersona(demo.page, 'growth');
  await demo.page.waitForTimeout(1500);
  expect(await demo.page.getByText(TITLE).count()).toBe(0);
  await demo.close();

  // back and forward walk the console's own URLs
  await page.goBack();
  await expect.poll(() => page.url()).toBe(`${e2e.stack.collectorUrl}/console/campaigns/${CAMPAIGN}`);
  await page.goForward();
  await expect.poll(() => page.url()).toBe(`${e2e.stack.collectorUrl}/console/campaigns/${CAMPAIGN}/history`);
  expect(console.problems).toEqual([]);
  await console.close();
  // two browsers' worth of pages and a config fetch each way: 12–27 s
}, 90_000);

/** A campaign as the collector holds it now, read with the secret key. */
async function storedCampaign(id: string): Promise<unknown> {
  const response = await fetch(`${e2e.stack.collectorUrl}/v1/admin/campaigns/${id}`, { headers: { authorization: 'Bearer sk_demo' } });
  return response.json();
}

test('a new campaign given an existing id is refused at the id field, and the existing campaign is left as it was', async () => {
  const before = await storedCampaign('cancel-flow');
  const console = await openConsole('/console/campaigns/new');
  const { page } = console;
  await signIn(page);
  const id = page.getByLabel('Campaign id');
  await expect.poll(() => id.count()).toBe(1);
  await typeInto(id, 'cancel-flow');
  await typeInto(page.getByLabel('Title (English)'), 'Upgrade today');
  await press(page.getByRole('button', { name: 'Save' }));
  await expect.poll(() => page.locator('#field-id-error').textContent()).toContain('"cancel-flow" is taken by another campaign');
  expect(await id.getAttribute('aria-invalid')).toBe('true');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-id');
  expect(await page.getByRole('alert').textContent()).toContain('Nothing was saved');
  expect(page.url()).toBe(`${e2e.stack.collectorUrl}/console/campaigns/new`);
  expect(await storedCampaign('cancel-flow')).toEqual(before);

  // a new id clears the refusal at once
  await typeInto(id, 'cancel-flow-upsell');
  await expect.poll(() => id.getAttribute('aria-invalid')).toBe('false');
  expect(console.problems).toEqual([]);
  await console.close();
});

test('a blank English title, an end before the start and an audience that is not JSON are each refused at their field, counted right, nothing saved', async () => {
  const before = await storedCampaign('nps-survey');
  const console = await openConsole('/console/campaigns/nps-survey');
  const { page } = console;
  await signIn(page);
  await expect.poll(() => page.getByLabel('Title (English)').count()).toBe(1);
  await typeInto(page.getByLabel('Title (English)'), ' ');
  await page.getByLabel('Starts').fill('2027-01-10T10:00');
  await page.getByLabel('Ends').fill('2026-01-10T10:00');
  await typeInto(page.getByLabel('Audience'), '{"plan":');
  await press(page.getByRole('button', { name: 'Save' }));
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('Not saved: the campaign has 3 problems');
  expect(await page.locator('#field-title-en-error').textContent()).toContain('The English title is required');
  expect(await page.locator('#field-end-error').textContent()).toContain('The end must be after the start');
  expect(await page.locator('#field-audience-error').textContent()).toContain('The audience is not valid JSON yet');
  expect(await page.locator('.field .error').count()).toBe(3);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-title-en');

  // the validator's own words never reach the page
  await typeInto(page.getByLabel('Priority'), '2.5');
  await expect.poll(() => page.locator('#field-priority-error').textContent()).toContain('Priority must be a whole number.');
  expect(await storedCampaign('nps-survey')).toEqual(before);
  await console.close();
});

test('Enter in a field of the form saves, as Save does: refused at the field while it has a problem, then saved once it is fixed', async () => {
  const console = await openConsole('/console/campaigns/value-saved');
  const { page } = console;
  await signIn(page);
  await expect.poll(() => page.getByLabel('Name', { exact: true }).count()).toBe(1);
  await typeInto(page.getByLabel('Title (English)'), ' ');
  await page.keyboard.press('Enter');
  // read without waiting for the element, so a page that ignores Enter fails here, not at the test's time limit
  const said = (role: 'alert' | 'status') =>
    page
      .getByRole(role)
      .allTextContents()
      .then((texts) => texts.join(' '));
  await expect.poll(() => said('alert')).toContain('Not saved: the campaign has one problem');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-title-en');
  await typeInto(page.getByLabel('Title (English)'), 'Your month with Acme Docs');
  await typeInto(page.getByLabel('Name', { exact: true }), 'Value saved summary, monthly');
  await page.keyboard.press('Enter');
  await expect.poll(() => said('status')).toContain('Saved as version 2');
  const { campaign } = (await storedCampaign('value-saved')) as CampaignRecord;
  expect(campaign.name).toBe('Value saved summary, monthly');
  expect(campaign.content.title.en).toBe('Your month with Acme Docs');
  // Save works from the other tabs too, where there is no field to press Enter in
  await press(page.getByRole('link', { name: 'Preview' }));
  await press(page.getByRole('button', { name: 'Save' }));
  await expect.poll(() => said('status')).toContain('Saved as version 3');
  expect(console.problems).toEqual([]);
  await console.close();
});

test('a campaign id nobody has says so in plain words, with where ids come from, and no "Try again"', async () => {
  const console = await openConsole('/console/campaigns/no-such-campaign');
  const { page } = console;
  await signIn(page);
  await expect.poll(() => page.getByText('No such campaign').count()).toBe(1);
  expect(await page.locator('.state-empty').textContent()).toContain(
    'The collector answered: this project has no campaign "no-such-campaign".',
  );
  expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
  expect(await page.getByRole('link', { name: 'Back to campaigns' }).count()).toBe(1);
  await console.close();
});

test("the browser's Back button with unsaved edits asks first: Escape keeps the page and the edit, 'Leave and discard' goes back", async () => {
  const console = await openConsole('/console/campaigns', { bypassCSP: true });
  const { page } = console;
  await signIn(page);
  await press(page.getByRole('link', { name: 'Aha moment: connect 50 customers' }));
  const name = page.getByLabel('Name', { exact: true });
  await expect.poll(() => name.count()).toBe(1);
  await typeInto(name, 'Aha, renamed');
  const editor = page.url();
  const dialog = page.getByRole('dialog');

  await page.goBack();
  await expect.poll(() => dialog.getByRole('heading').textContent()).toBe('Leave without saving?');
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.count()).toBe(0);
  expect(page.url()).toBe(editor);
  expect(await name.inputValue()).toBe('Aha, renamed');

  await page.goBack();
  await press(dialog.getByRole('button', { name: 'Leave and discard' }));
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Campaigns');
  expect(console.problems).toEqual([]);
  await console.close();
});

test("unsaved edits and status changes ask first, in the console's own dialog: Cancel or Escape keeps everything as it was", async () => {
  const console = await openConsole('/console/campaigns/aha-connect-customers', { bypassCSP: true });
  const { page } = console;
  await signIn(page);
  const name = page.getByLabel('Name', { exact: true });
  await expect.poll(() => name.count()).toBe(1);
  await typeInto(name, 'Aha, renamed');
  const dialog = page.getByRole('dialog');

  // Pause with an unsaved edit: the question says the edit would be lost; Cancel keeps it, and the campaign live
  await press(page.getByRole('button', { name: 'Pause' }));
  await expect.poll(() => dialog.getByRole('heading').textContent()).toContain('Pause');
  expect(await dialog.textContent()).toContain('Your unsaved changes in the editor will be lost');
  await expectAccessible(page, 'the confirm dialog');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
  await page.keyboard.press('Enter');
  await expect.poll(() => dialog.count()).toBe(0);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Pause');
  expect(await name.inputValue()).toBe('Aha, renamed');
  expect(await storedCampaign('aha-connect-customers')).toMatchObject({ status: 'live' });

  // leaving by the top navigation asks too; Escape stays, "Leave and discard" goes
  await press(page.getByRole('link', { name: 'Experiments' }));
  await expect.poll(() => dialog.getByRole('heading').textContent()).toBe('Leave without saving?');
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.count()).toBe(0);
  expect(page.url()).toBe(`${e2e.stack.collectorUrl}/console/campaigns/aha-connect-customers`);
  // the editor's own tabs keep the draft: no question
  await press(page.getByRole('link', { name: 'JSON' }));
  await expect.poll(() => page.getByLabel('Campaign JSON').count()).toBe(1);
  expect(await dialog.count()).toBe(0);
  // signing out would drop the edit as well
  await press(page.getByRole('button', { name: 'Sign out' }));
  await expect.poll(() => dialog.getByRole('heading').textContent()).toBe('Leave without saving?');
  await press(dialog.getByRole('button', { name: 'Cancel' }));
  expect(await page.getByLabel('Secret key').count()).toBe(0);
  await press(page.getByRole('link', { name: 'Experiments' }));
  await press(dialog.getByRole('button', { name: 'Leave and discard' }));
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Experiments');

  // with nothing unsaved, Pause still asks, and pauses once confirmed
  await page.goto(`${e2e.stack.collectorUrl}/console/campaigns/aha-connect-customers`);
  await press(page.getByRole('button', { name: 'Pause' }));
  expect(await dialog.textContent()).not.toContain('unsaved');
  await press(dialog.getByRole('button', { name: 'Pause' }));
  await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Now paused');
  await press(page.getByRole('button', { name: 'Go live' }));
  await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Now live');
  expect(console.problems).toEqual([]);
  await console.close();
});

test('a live checklist keeps its steps: a save that removes one is refused, naming the step', async () => {
  const console = await openConsole('/console/campaigns/onboarding/json');
  const { page } = console;
  await signIn(page);
  const json = page.getByLabel('Campaign JSON');
  await expect.poll(() => json.count()).toBe(1);
  const campaign = JSON.parse(await json.inputValue()) as { widget: { steps: { id: string }[] } };
  const removed = campaign.widget.steps.pop()!;
  campaign.widget.steps.push({ ...removed, id: 'another_step' });
  await json.fill(JSON.stringify(campaign, null, 2));
  await press(page.getByRole('button', { name: 'Save' }));
  await expect
    .poll(() => page.getByRole('alert').textContent())
    .toContain(`step "${removed.id}" cannot be removed while the checklist is live`);
  await console.close();
});

test.each(['light', 'dark'] as const)(
  'every console page passes axe and is pictured for the docs, %s',
  async (colorScheme) => {
    const console = await openConsole('/console/campaigns', { bypassCSP: true, colorScheme });
    const { page } = console;
    const suffix = colorScheme === 'dark' ? '-dark' : '';
    await expectAccessible(page, 'sign-in');
    await picture(page, `console-sign-in${suffix}`);
    await signIn(page);
    await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(1);
    await expectAccessible(page, 'campaigns');
    await picture(page, `console-campaigns${suffix}`);

    await press(
      page
        .getByRole('link', { name: 'Quota prompt' })
        .or(page.getByRole('link', { name: /storage/i }))
        .first(),
    );
    await expect.poll(() => page.getByLabel('Campaign id').count()).toBe(1);
    await typeInto(page.getByLabel('Priority'), '1.5');
    await expect.poll(() => page.locator('#field-priority-error').count()).toBe(1);
    await expectAccessible(page, 'editor with an error');
    await picture(page, `console-form${suffix}`);

    await press(page.getByRole('link', { name: 'JSON' }));
    await expect.poll(() => page.getByLabel('Campaign JSON').count()).toBe(1);
    await expectAccessible(page, 'JSON view');

    await typeInto(page.getByLabel('Campaign JSON'), (await page.getByLabel('Campaign JSON').inputValue()).replace('1.5', '0'));
    await press(page.getByRole('link', { name: 'Preview' }));
    await expect
      .poll(() => page.locator('[data-growthkit-preview]').evaluate((host) => host.shadowRoot?.childElementCount ?? 0))
      .toBeGreaterThan(0);
    await expectAccessible(page, 'preview');
    await picture(page, `console-preview${suffix}`);

    await press(page.getByRole('link', { name: 'History' }));
    await expect
      .poll(() => page.getByRole('heading', { name: 'No changes yet' }).or(page.getByText('No changes yet')).count())
      .toBeGreaterThan(0);
    await expectAccessible(page, 'history');

    await page.goto(`${e2e.stack.collectorUrl}/console/nowhere`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    await expectAccessible(page, '404');
    await console.close();
  },
  120_000,
);

test('a modal widget in the preview neither takes focus on load nor traps the keyboard: Tab, Shift+Tab and Escape lead back to the console', async () => {
  const console = await openConsole('/console/campaigns/cancel-flow/preview', { bypassCSP: true });
  const { page } = console;
  await signIn(page);
  const host = page.locator('[data-growthkit-preview="cancel-flow"]');
  await expect.poll(() => host.evaluate((element) => element.shadowRoot?.querySelector('[role="dialog"]') !== null)).toBe(true);
  /** where focus is: in the previewed widget, or the console control's accessible name */
  const focus = () =>
    page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      if (active?.closest('[data-growthkit-preview]')) return 'widget';
      return active?.getAttribute('aria-label') ?? active?.closest('label')?.textContent ?? active?.textContent ?? 'none';
    });
  expect(await focus()).not.toBe('widget');
  // nor does it tell a screen reader that the console around it is inert
  expect(await host.evaluate((element) => element.shadowRoot!.querySelector('[aria-modal="true"]'))).toBeNull();

  // from the last console control before the stage (the theme, light: a radio group is one Tab stop, its checked
  // radio), Tab enters the widget, and Shift+Tab leaves it again
  await page.getByRole('radio', { name: 'Light' }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focus()).toBe('widget');
  const seen: string[] = [];
  for (let i = 0; i < 12 && seen.at(-1) !== 'Light'; i++) {
    await page.keyboard.press('Shift+Tab');
    seen.push(await focus());
  }
  expect(seen.at(-1), seen.join(' → ')).toBe('Light');

  // Escape leaves the widget for the stage; Shift+Tab from there reaches the console's controls
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focus()).toBe('widget');
  await page.keyboard.press('Escape');
  expect(await focus()).toBe('The widget as previewed');
  await page.keyboard.press('Shift+Tab');
  expect(await focus()).toBe('Light');
  await expectAccessible(page, 'cancel flow preview');
  expect(console.problems).toEqual([]);
  await console.close();
});

test('on a 390 px phone the top bar fits: every section, the colour scheme and sign-out are on screen, no page is wider than the phone', async () => {
  const console = await openConsole('/console/campaigns', { viewport: { width: 390, height: 844 }, bypassCSP: true });
  const { page } = console;
  await signIn(page);
  await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(1);
  const controls = [
    ...['Campaigns', 'Experiments', 'Reports', 'Customers'].map((name) =>
      page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name }),
    ),
    page.getByRole('button', { name: /mode/ }),
    page.getByRole('button', { name: 'Sign out' }),
  ];
  for (const control of controls) {
    const box = (await control.boundingBox())!;
    expect(box.x + box.width, (await control.textContent()) ?? '').toBeLessThanOrEqual(390);
  }
  for (const path of ['campaigns', 'campaigns/cancel-flow', 'experiments/demo-upgrade-copy', 'reports/metrics', 'customers']) {
    await page.goto(`${e2e.stack.collectorUrl}/console/${path}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
  }

  // a table wider than the phone says so, and its frame is a Tab stop the arrow keys scroll (axe: scrollable-region-focusable)
  for (const [path, table] of [
    ['experiments/demo-upgrade-copy', 'Results per variant'],
    ['reports/metrics', 'Metrics per month'],
  ]) {
    await page.goto(`${e2e.stack.collectorUrl}/console/${path}`);
    const region = page.getByRole('region', { name: table, exact: true });
    await expect.poll(() => region.count(), { message: path }).toBe(1);
    expect(await page.getByText('Scroll sideways for more columns').first().isVisible()).toBe(true);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((element) => element.scrollLeft), { message: path }).toBeGreaterThan(0);
    await expectAccessible(page, `${path} on a phone`);
  }
  await press(page.getByRole('link', { name: 'Customers' }));
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Customers');
  await expectAccessible(page, 'customers on a phone');
  await console.close();
});

/** Each demo campaign with the persona it has something to show for. */
const PREVIEWS = [
  ['onboarding', 'trial', 'checklist'],
  ['aha-connect-customers', 'trial', 'aha'],
  ['value-saved', 'basic', 'value-summary'],
  ['storage-quota', 'basic', 'quota'],
  ['upsell-card', 'basic', 'upsell'],
  ['renewal', 'at-risk', 'renewal'],
  ['nps-survey', 'basic', 'survey'],
  ['cancel-flow', 'basic', 'cancel-flow'],
] as const;

test('the preview list covers every registered widget type', () => {
  expect(PREVIEWS.map(([, , type]) => type).sort()).toEqual([...WIDGET_TYPES].sort());
});

test('the preview renders every widget type with the real widget, light and dark, English and Chinese', async () => {
  const console = await openConsole('/console/campaigns', { viewport: { width: 1280, height: 1000 } });
  const { page } = console;
  await signIn(page);
  await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(1);
  for (const [id, persona, type] of PREVIEWS)
    for (const theme of ['light', 'dark'])
      for (const locale of ['en', 'zh-CN']) {
        await page.goto(`${e2e.stack.collectorUrl}/console/campaigns/${id}/preview?persona=${persona}&theme=${theme}&locale=${locale}`);
        const host = page.locator(`[data-growthkit-preview="${type}"]`);
        await expect
          .poll(() => host.evaluate((element) => element.shadowRoot?.textContent?.length ?? 0), { timeout: 10_000 })
          .toBeGreaterThan(20);
        expect(await host.getAttribute('data-theme')).toBe(theme);
        // the widget's own surface is painted in the preview's theme, whatever the console's
        const surface = await host.evaluate((element) => {
          const area = (node: Element) => node.getBoundingClientRect().width * node.getBoundingClientRect().height;
          const painted = [...element.shadowRoot!.querySelectorAll('*')]
            .filter((node) => getComputedStyle(node).backgroundColor.startsWith('rgb('))
            .sort((a, b) => area(b) - area(a))[0];
          return painted ? getComputedStyle(painted).backgroundColor : 'none';
        });
        const channels = surface.match(/\d+/g)!.slice(0, 3).map(Number);
        expect(Math.max(...channels) > 128, `${id} ${theme}: ${surface}`).toBe(theme === 'light');
        const text = await host.evaluate((element) => element.shadowRoot!.textContent!);
        expect(/[\u4e00-\u9fff]/.test(text), `${id} ${locale}`).toBe(locale === 'zh-CN');
        if (process.env.VITE_UPDATE_SCREENSHOTS === '1')
          await page
            .locator('.stage')
            .screenshot({ path: new URL(`../../docs/console-preview-${type}-${theme}-${locale}.png`, import.meta.url).pathname });
      }
  expect(console.problems).toEqual([]);
  await console.close();
  // thirty-two page loads, each mounting a widget: 35–65 s
}, 180_000);
