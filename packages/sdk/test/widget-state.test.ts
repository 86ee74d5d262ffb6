// @vitest-environment happy-dom
import { beforeEach, expect, test, vi } from 'vitest';
import { mergeState, type UserState } from '@growthkit/core';
import { localValues } from '../src/local-values.ts';
import { WidgetState } from '../src/state/widget-state.ts';

beforeEach(() => localStorage.clear());

const widgetState = () =>
  new WidgetState({
    device: localValues(),
    cacheKey: 'state:pk_test',
    url: () => 'http://collector.test/v1/state?key=pk_test&anonymousId=a',
    fetch: vi.fn(async () => Response.json({ campaigns: {} })),
    onChange: () => undefined,
  });

test('a dismissal is on the device before the task that made it ends, so a navigation right after cannot lose it', async () => {
  const state = widgetState();
  state.update('upsell', (campaign) => (campaign.dismissedAt = '2026-11-22T10:00:00.000Z'));
  await Promise.resolve(); // end of the task's microtasks: nothing asynchronous may be left to finish the write
  expect(JSON.parse(localStorage.getItem('growthkit:state:pk_test')!).campaigns.upsell.dismissedAt).toBe('2026-11-22T10:00:00.000Z');

  const reloaded = widgetState();
  await reloaded.loadLocal();
  expect(reloaded.campaign('upsell').dismissedAt).toBe('2026-11-22T10:00:00.000Z');
  state.destroy();
  reloaded.destroy();
});

test("clear() removes the user's state from the device", async () => {
  const state = widgetState();
  state.update('onboarding', (campaign) => (campaign.steps.create_doc = { status: 'done', at: '2026-11-22T10:00:00.000Z' }));
  await Promise.resolve();
  await state.clear();
  expect(localStorage.getItem('growthkit:state:pk_test')).toBeNull();
  state.destroy();
});

/** a collector that answers a PUT with its merge of what it holds and what the device sent, like the real one */
function fakeCollector(held: UserState) {
  const requests: { body: UserState; answer(): void }[] = [];
  const fetch = vi.fn(
    (_url: string | URL | Request, init?: RequestInit) =>
      new Promise<Response>((resolve) => {
        const body = JSON.parse(init!.body as string) as UserState;
        requests.push({
          body,
          answer: () => {
            held = mergeState(held, body);
            resolve(Response.json(held));
          },
        });
      }),
  );
  return { fetch, requests };
}

const stateWith = (fetch: typeof globalThis.fetch, onChange = () => undefined) =>
  new WidgetState({
    device: localValues(),
    cacheKey: 'state:pk_test',
    url: () => 'http://collector.test/v1/state?key=pk_test&anonymousId=a',
    fetch,
    onChange,
    pushDelay: 0,
  });
const done = (at: string) => ({ status: 'done' as const, at });

test("progress made on another device arrives with the collector's answer, and progress made here offline reaches the collector", async () => {
  const collector = fakeCollector({ campaigns: { onboarding: { impressions: 1, steps: { invite: done('2026-11-22T09:00:00.000Z') } } } });
  localStorage.setItem(
    'growthkit:state:pk_test',
    JSON.stringify({ campaigns: { onboarding: { impressions: 2, steps: { create_doc: done('2026-11-22T10:00:00.000Z') } } } }),
  );
  const onChange = vi.fn();
  const state = stateWith(collector.fetch, onChange);
  await state.loadLocal();
  const pulled = state.pull();
  expect(state.synced()).toBe(false);
  expect(collector.requests[0].body.campaigns.onboarding.steps).toEqual({ create_doc: done('2026-11-22T10:00:00.000Z') });
  collector.requests[0].answer();
  await pulled;
  expect(state.synced()).toBe(true);
  expect(state.campaign('onboarding')).toMatchObject({
    impressions: 2,
    steps: { create_doc: done('2026-11-22T10:00:00.000Z'), invite: done('2026-11-22T09:00:00.000Z') },
  });
  expect(onChange).toHaveBeenCalled();
  await vi.waitFor(() =>
    expect(JSON.parse(localStorage.getItem('growthkit:state:pk_test')!).campaigns.onboarding.steps.invite).toBeDefined(),
  );
  state.destroy();
});

test('a step finished while the state is on its way is not undone by the answer: the state goes again and the merge with it is kept', async () => {
  const collector = fakeCollector({ campaigns: { onboarding: { impressions: 1, steps: { invite: done('2026-11-22T09:00:00.000Z') } } } });
  const state = stateWith(collector.fetch);
  const pulled = state.pull();
  state.update('onboarding', (campaign) => (campaign.steps.tour = done('2026-11-22T11:00:00.000Z')));
  collector.requests[0].answer();
  await vi.waitFor(() => expect(collector.requests).toHaveLength(2));
  expect(state.campaign('onboarding').steps.tour).toEqual(done('2026-11-22T11:00:00.000Z'));
  expect(state.synced()).toBe(false);
  expect(collector.requests[1].body.campaigns.onboarding.steps.tour).toEqual(done('2026-11-22T11:00:00.000Z'));
  collector.requests[1].answer();
  await pulled;
  expect(state.synced()).toBe(true);
  expect(state.campaign('onboarding').steps).toEqual({ invite: done('2026-11-22T09:00:00.000Z'), tour: done('2026-11-22T11:00:00.000Z') });
  state.destroy();
});

test('offline, the device copy stays and widgets stop waiting for the collector', async () => {
  const onChange = vi.fn();
  const state = stateWith(
    vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    onChange,
  );
  state.update('upsell', (campaign) => (campaign.dismissedAt = '2026-11-22T10:00:00.000Z'));
  await expect(state.pull()).rejects.toThrow('Failed to fetch');
  expect(state.synced()).toBe(true);
  expect(onChange).toHaveBeenCalled();
  expect(state.campaign('upsell').dismissedAt).toBe('2026-11-22T10:00:00.000Z');
  state.destroy();
});

test('after a user switch, a late answer about the previous user is dropped; a variant assigned to the new one is sent and kept', async () => {
  const collector = fakeCollector({ campaigns: { onboarding: { impressions: 4, steps: {} } } });
  const state = stateWith(collector.fetch);
  const previous = state.pull();
  await state.clear();
  collector.requests[0].answer();
  await previous;
  expect(state.campaign('onboarding').impressions).toBe(0);
  expect(state.synced()).toBe(false);

  state.assign('welcome-copy', { variant: 'b', at: '2026-11-22T10:00:00.000Z' });
  await vi.waitFor(() => expect(collector.requests).toHaveLength(2));
  expect(collector.requests[1].body.experiments).toEqual({ 'welcome-copy': { variant: 'b', at: '2026-11-22T10:00:00.000Z' } });
  collector.requests[1].answer();
  await vi.waitFor(() => expect(state.campaign('onboarding').impressions).toBe(4));
  expect(state.current().experiments?.['welcome-copy']?.variant).toBe('b');
  state.destroy();
});
