// @vitest-environment happy-dom
import { beforeEach, expect, test, vi } from 'vitest';
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
