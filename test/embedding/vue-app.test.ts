import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { coveredControls } from '../support/covered-controls.ts';
import { type EmbeddedHost, useEmbeddedHost } from '../support/embedded-host.ts';
import { checklistIn, storageQuota } from '../support/embedding-campaigns.ts';
import { pageViewLog } from '../support/page-view-log.ts';
import { useCollector } from '../support/use-collector.ts';
import { floatingPlaces } from '../support/widget-place-history.ts';
import { widgetPlaces } from '../support/widget-places.ts';
import { VUE_APP, VUE_APP_HEADER_PX } from './hosts/vue-app.ts';
import { docsScreenshot } from '../support/docs-screenshot.ts';

// Orbit (fixtures/vue-app): Vue 3 + vue-router, History-API routes /, /projects, /settings; slots in the app shell
// (`checklist`, every route) and in route components (`projects-tips` at the top of /projects, `projects-footer` under
// its long list, `settings-team` below the fold of /settings); a sticky 56 px top bar; on /settings a <dialog> opened
// with showModal() and an aria-modal panel of the app's own.

const running = useCollector();
const openOrbit = useEmbeddedHost(running, VUE_APP);

/** the shell's checklist: on every route, and the sign that the SDK has its config and has decided */
const onboarding = () => checklistIn('checklist', 'onboarding', 'Get started with Orbit');
const ONBOARDING_PLACE = 'checklist: Get started with Orbit';
const projectsTips = () =>
  checklistIn('projects-tips', 'projects-tips', 'Tips for projects', { trigger: { type: 'page', path: '/projects' } });
const TIPS_PLACE = 'projects-tips: Tips for projects';

const goTo = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();

async function uploadFiles(page: Page, times: number) {
  for (let i = 0; i < times; i++) await page.click('#upload');
}

const shownOf = async (host: EmbeddedHost, campaignId: string) =>
  (await host.events()).filter((event) => event.name === 'gk.shown' && event.campaignId === campaignId).map((event) => event.context?.path);

test('History routes: one page view per route with its path; the /projects campaign in its slot on /projects only, every widget in its slot; no error under the strict CSP', async () => {
  const { page, events, problems } = await openOrbit({ project: 'vue-routes', campaigns: [onboarding(), projectsTips()] });
  await expect.poll(() => widgetPlaces(page), { timeout: 10_000 }).toEqual([ONBOARDING_PLACE]);

  await goTo(page, 'Projects');
  expect(new URL(page.url()).pathname).toBe('/projects');
  await expect.poll(() => widgetPlaces(page)).toEqual([ONBOARDING_PLACE, TIPS_PLACE]);
  await docsScreenshot(page, 'embedded-vue-app');
  await goTo(page, 'Settings');
  await expect.poll(() => widgetPlaces(page)).toEqual([ONBOARDING_PLACE]);
  await goTo(page, 'Home');
  await expect.poll(() => page.getByRole('heading', { name: 'Welcome to Orbit' }).count()).toBe(1);
  expect(await widgetPlaces(page)).toEqual([ONBOARDING_PLACE]);

  const views = (await events()).filter((event) => event.type === 'page').map((event) => event.context?.path);
  expect(views).toEqual(['/', '/projects', '/settings', '/']);
  expect(problems).toEqual([]);
});

test('gk.shown: one per widget per page view in which at least half of it was in view; below the fold it counts once scrolled to, and never for a route left before it was seen', async () => {
  const orbit = await openOrbit({
    project: 'vue-impressions',
    campaigns: [
      onboarding(),
      projectsTips(),
      checklistIn('projects-footer', 'projects-footer', 'More about projects', { trigger: { type: 'page', path: '/projects' } }),
      checklistIn('settings-team', 'settings-team', 'Invite your team', { trigger: { type: 'page', path: '/settings' } }),
    ],
  });
  const { page, events, problems } = orbit;
  await expect.poll(() => widgetPlaces(page), { timeout: 10_000 }).toEqual([ONBOARDING_PLACE]);
  await goTo(page, 'Projects');
  // the footer's widget is there, under the long list, and the person leaves without scrolling to it
  await expect.poll(() => widgetPlaces(page)).toEqual([ONBOARDING_PLACE, 'projects-footer: More about projects', TIPS_PLACE]);

  await goTo(page, 'Settings');
  await expect.poll(() => widgetPlaces(page)).toEqual([ONBOARDING_PLACE, 'settings-team: Invite your team']);
  await page.waitForTimeout(300);
  expect(await shownOf(orbit, 'settings-team'), 'gk.shown of a widget below the fold, before it is scrolled into view').toEqual([]);
  await page.locator('[data-growthkit="settings-team"]').scrollIntoViewIfNeeded();
  await expect.poll(() => shownOf(orbit, 'settings-team'), { message: 'gk.shown once scrolled into view' }).toEqual(['/settings']);

  await goTo(page, 'Home');
  await expect.poll(() => widgetPlaces(page)).toEqual([ONBOARDING_PLACE]);
  expect(pageViewLog(await events())).toEqual([
    { path: '/', shown: ['onboarding'] },
    { path: '/projects', shown: ['onboarding', 'projects-tips'] },
    { path: '/settings', shown: ['onboarding', 'settings-team'] },
    { path: '/', shown: ['onboarding'] },
  ]);
  expect(problems).toEqual([]);
});

test('an inline widget waits for its slot: it never floats, not while its slot is missing on this route nor before a route component renders it, and spends no budget: the quota banner still shows', async () => {
  const { page, events, problems, placesEverUsed } = await openOrbit({
    project: 'vue-missing-slot',
    campaigns: [
      onboarding(),
      projectsTips(),
      // ranked above the quota prompt and eligible at once: if it floated it would take the session's one prompt
      checklistIn('settings-team', 'team-invite', 'Invite your team', { priority: 60 }),
      storageQuota(),
    ],
  });
  await expect.poll(() => widgetPlaces(page), { timeout: 10_000 }).toContain(ONBOARDING_PLACE);
  await goTo(page, 'Projects');
  await expect.poll(() => widgetPlaces(page)).toContain(TIPS_PLACE);
  await page.waitForTimeout(300);
  expect(await widgetPlaces(page), 'no slot for "Invite your team" on /projects: it waits').toEqual([ONBOARDING_PLACE, TIPS_PLACE]);

  await uploadFiles(page, 4);
  await expect
    .poll(() => widgetPlaces(page), { message: 'the quota banner at 4 of 5 GB' })
    .toEqual([ONBOARDING_PLACE, 'floating banner: Storage', TIPS_PLACE]);

  await goTo(page, 'Settings');
  await expect.poll(() => widgetPlaces(page)).toContain('settings-team: Invite your team');
  expect(floatingPlaces(placesEverUsed), 'widgets ever put outside a slot').toEqual(['floating banner']);
  const shown = (await events()).filter((event) => event.name === 'gk.shown').map((event) => [event.campaignId, event.context?.path]);
  expect(shown).not.toContainEqual(['team-invite', '/']);
  expect(shown).not.toContainEqual(['team-invite', '/projects']);
  expect(problems).toEqual([]);
});

const HOST_MODALS = [
  { modal: 'a <dialog> opened with showModal()', open: '#delete-workspace', close: 'Cancel', event: 'delete_dialog_opened' },
  { modal: 'an [aria-modal=true] element', open: '#shortcuts', close: 'Close shortcuts', event: 'shortcuts_opened' },
];

for (const { modal, open, close, event } of HOST_MODALS)
  test(`a floating widget waits while the host has ${modal} open and shows once it closes`, async () => {
    const orbit = await openOrbit({
      project: `vue-modal-${event}`,
      path: '/settings',
      campaigns: [onboarding(), checklistIn(undefined, 'modal-help', 'While you wait', { trigger: { type: 'event', event } })],
    });
    const { page, problems } = orbit;
    await expect.poll(() => widgetPlaces(page), { timeout: 10_000 }).toEqual([ONBOARDING_PLACE]);

    await page.click(open);
    expect(await page.locator('dialog[open], [aria-modal="true"]').count(), 'the host modal is open').toBe(1);
    await page.waitForTimeout(500);
    expect(await widgetPlaces(page), 'no floating widget over an open host modal').toEqual([ONBOARDING_PLACE]);
    expect(await shownOf(orbit, 'modal-help')).toEqual([]);

    await page.getByRole('button', { name: close }).click();
    await expect.poll(() => widgetPlaces(page)).toEqual([ONBOARDING_PLACE, 'floating corner-end: While you wait']);
    await expect.poll(() => shownOf(orbit, 'modal-help')).toEqual(['/settings']);
    expect(problems).toEqual([]);
  });

test("with the documented header setup the quota banner covers none of the sticky top bar's controls, scrolled or not", async () => {
  const { page, problems } = await openOrbit({
    project: 'vue-banner',
    path: '/projects',
    campaigns: [storageQuota()],
    headerPx: VUE_APP_HEADER_PX,
  });
  await uploadFiles(page, 4);
  await expect.poll(() => widgetPlaces(page), { timeout: 10_000 }).toEqual(['floating banner: Storage']);
  const controls = page.locator('.topbar a, .topbar input, .topbar button');
  expect(await controls.count()).toBe(7);

  expect(await coveredControls(controls), 'header controls under the banner, at the top').toEqual([]);
  await page.mouse.wheel(0, 600);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(500);
  expect(await coveredControls(controls), 'header controls under the banner, scrolled').toEqual([]);
  expect(problems).toEqual([]);
});

test("the host calls growthkit.track and growthkit.usage as properties before GrowthKit's script arrives: nothing throws, and the calls count once it does", async () => {
  const { page, events, problems, releaseSdk } = await openOrbit({
    project: 'vue-early-calls',
    path: '/projects',
    campaigns: [storageQuota()],
    holdSdk: true,
  });
  await expect.poll(() => page.getByRole('heading', { name: 'Projects' }).count()).toBe(1);
  await uploadFiles(page, 4);
  expect(problems, 'errors from calls into the snippet stub').toEqual([]);

  releaseSdk();
  await expect.poll(() => widgetPlaces(page), { timeout: 10_000 }).toEqual(['floating banner: Storage']);
  expect((await events()).filter((event) => event.name === 'file_uploaded')).toHaveLength(4);
  expect(problems).toEqual([]);
});
