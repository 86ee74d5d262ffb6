// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';
import { assignVariant, ExperimentSchema, mergeState, type GrowthEvent, type UserState } from '@growthkit/core';
import { checklistCampaign, fakeRuntime, usePage } from './runtime-support.ts';

const destroyAfter = usePage('<nav><div data-growthkit="checklist"></div></nav>');

const experiment = ExperimentSchema.parse({
  key: 'welcome-copy',
  variants: [
    { key: 'a', weight: 1, overrides: { content: { title: { en: 'Welcome, variant A' } } } },
    { key: 'b', weight: 1, overrides: { content: { title: { en: 'Welcome, variant B' } } } },
  ],
  holdout: { key: 'none', weight: 1 },
  goal: { event: 'plan_upgraded', windowDays: 14 },
});

/** The fake runtime with one checklist campaign under the experiment. */
function started() {
  const runtime = fakeRuntime([checklistCampaign({ experiment })]);
  destroyAfter(runtime.growthkit.destroy);
  runtime.growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test', locale: 'en' });
  return runtime;
}

const exposures = (events: GrowthEvent[]) => events.filter((event) => event.name === 'gk.exposure');

/** An id whose own bucket is `variant`. */
const idIn = (variant: string) =>
  Array.from({ length: 200 }, (_, i) => `user-${i}`).find((id) => assignVariant(experiment, { id }).variant === variant)!;

test("an anonymous visitor keeps their variant after signing in: same copy, one exposure, and the user's state on the collector carries it", async () => {
  localStorage.setItem('growthkit:anonymousId', JSON.stringify(idIn('a')));
  const runtime = started();
  await vi.waitFor(() => expect(runtime.mounted).toHaveLength(1));
  await runtime.growthkit.flush();
  await vi.waitFor(() => expect(exposures(runtime.events)).toHaveLength(1));
  const [exposure] = exposures(runtime.events);
  const anonymousVariant = 'a';
  expect(exposure).toMatchObject({ experiment: 'welcome-copy', variant: anonymousVariant, campaignId: 'onboarding' });
  expect(exposure!.userId).toBeUndefined();
  const shownTitle = () => runtime.mounted.at(-1)?.props.title;
  expect(shownTitle()).toBe('Welcome, variant A');

  // this user's own id buckets into b: keeping a proves the assignment stuck
  const userId = idIn('b');
  runtime.growthkit.identify(userId, { plan: 'trial' });
  runtime.growthkit.track('doc_created');
  await vi.waitFor(() => {
    const put = runtime.fetch.mock.calls.find(([url, init]) => init?.method === 'PUT' && String(url).includes(`userId=${userId}`));
    expect(JSON.parse(put![1]!.body as string).experiments['welcome-copy'].variant).toBe(anonymousVariant);
  });
  await runtime.growthkit.flush();
  expect(exposures(runtime.events)).toHaveLength(1);
  expect(shownTitle()).toBe('Welcome, variant A');
  const shown = runtime.events.filter((event) => event.name === 'gk.shown');
  expect(shown.length).toBeGreaterThan(0);
  for (const event of shown) expect(event).toMatchObject({ experiment: 'welcome-copy', variant: 'a' });
});

test('a signed-in user is bucketed by their id; the holdout is exposed ("would have seen") but shown nothing', async () => {
  localStorage.setItem('growthkit:userId', JSON.stringify(idIn('none')));
  const runtime = started();
  // the exposure follows the collector's answers (config, the user's state): flush until it is sent
  await vi.waitFor(async () => {
    await runtime.growthkit.flush();
    expect(exposures(runtime.events)).toHaveLength(1);
  });
  expect(exposures(runtime.events)[0]).toMatchObject({ userId: idIn('none'), experiment: 'welcome-copy', variant: 'none' });
  expect(runtime.mounted).toHaveLength(0);
  expect(runtime.events.some((event) => event.name === 'gk.shown')).toBe(false);
});

test('a user in a variant sees its copy and is exposed once', async () => {
  localStorage.setItem('growthkit:userId', JSON.stringify(idIn('b')));
  const first = started();
  await vi.waitFor(() => expect(first.mounted.at(-1)?.props.title).toBe('Welcome, variant B'));
  await first.growthkit.flush();
  expect(exposures(first.events)).toHaveLength(1);
  expect(exposures(first.events)[0]).toMatchObject({ variant: 'b' });
});

test('on a new device, the variant the user got elsewhere is awaited from the collector: no second assignment or exposure', async () => {
  // Bucketed into a while anonymous on another device; this user's own id would bucket into b.
  const userId = idIn('b');
  localStorage.setItem('growthkit:userId', JSON.stringify(userId));
  const runtime = fakeRuntime([checklistCampaign({ experiment })]);
  const answer = runtime.fetch.getMockImplementation()!;
  const elsewhere: UserState = { campaigns: {}, experiments: { 'welcome-copy': { variant: 'a', at: '2026-11-01T09:00:00.000Z' } } };
  runtime.fetch.mockImplementation(async (input, init) => {
    const url = new URL(String(input));
    if (url.pathname !== '/v1/state') return answer(input, init);
    // a slow collector, answering its merge of the device's copy with the other device's
    await new Promise((resolve) => setTimeout(resolve, 50));
    return Response.json(mergeState(elsewhere, JSON.parse(init!.body as string) as UserState));
  });
  destroyAfter(runtime.growthkit.destroy);
  runtime.growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test', locale: 'en' });

  await vi.waitFor(() => expect(runtime.mounted).toHaveLength(1));
  await runtime.growthkit.flush();
  expect(runtime.mounted.map((mounted) => mounted.props.title)).toEqual(['Welcome, variant A']);
  expect(exposures(runtime.events)).toEqual([]);
});

test("after reset (log out) and another user's sign-in in the same page, an experiment's campaign shows for the new user", async () => {
  const runtime = started();
  runtime.growthkit.identify(idIn('a'));
  await vi.waitFor(() => expect(runtime.mounted).toHaveLength(1));
  runtime.growthkit.reset();
  runtime.growthkit.identify(idIn('b'));
  // the new user's variant is asked of the collector's state, then given and shown
  await vi.waitFor(() => expect(runtime.mounted.at(-1)?.props.title).toBe('Welcome, variant B'));
  await runtime.growthkit.flush();
  expect(exposures(runtime.events).map((event) => [event.userId, event.variant])).toEqual([
    [idIn('a'), 'a'],
    [idIn('b'), 'b'],
  ]);
});
