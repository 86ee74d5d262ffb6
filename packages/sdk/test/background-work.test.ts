// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { PublicSettingsSchema } from '@growthkit/core';
import { loadConfig } from '../src/config/config-source.ts';
import { localValues } from '../src/local-values.ts';
import { openOutboxStore } from '../src/outbox/outbox-store.ts';
import { fakeRuntime } from './runtime-support.ts';

// What a cached load does after its first decision (the config's revalidation, the pull of the user's state, opening
// the outbox's IndexedDB) waits for a background task where the browser ranks tasks: the widgets' chunks, their
// render and their first frame go first (SPEC §11). Here the scheduler holds every background task until the test
// runs it.
const background: (() => void)[] = [];
const runBackground = async () => {
  for (const task of background.splice(0)) task();
  await new Promise((resolve) => setTimeout(resolve));
};

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('scheduler', {
    postTask: (task: () => void, { priority }: { priority: string }) => {
      if (priority !== 'background') throw new Error(`unexpected priority ${priority}`);
      background.push(task);
      return Promise.resolve();
    },
  });
});
afterEach(() => {
  background.length = 0;
  vi.unstubAllGlobals();
});

test('with a cached config, the revalidation waits for a background task', async () => {
  const settings = PublicSettingsSchema.parse({ locales: ['en'], defaultLocale: 'en' });
  localStorage.setItem('growthkit:config:pk', JSON.stringify({ etag: '"1"', config: { project: 'p', settings, campaigns: [] } }));
  const fetch = vi.fn(async () => new Response(null, { status: 304 }));
  const onConfig = vi.fn();
  const loading = loadConfig({
    device: localValues(),
    url: 'http://collector.test/v1/config',
    cacheKey: 'config:pk',
    fetch,
    onConfig,
    warn: vi.fn(),
  });

  expect(onConfig).toHaveBeenCalledTimes(1);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(fetch).not.toHaveBeenCalled();
  await runBackground();
  await loading;
  expect(fetch).toHaveBeenCalledWith('http://collector.test/v1/config', { headers: { 'if-none-match': '"1"' } });
});

test('a page busy for a whole second holds none of it longer: the revalidation goes out then all the same', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    const settings = PublicSettingsSchema.parse({ locales: ['en'], defaultLocale: 'en' });
    localStorage.setItem('growthkit:config:pk', JSON.stringify({ etag: '"1"', config: { project: 'p', settings, campaigns: [] } }));
    const fetch = vi.fn(async () => new Response(null, { status: 304 }));
    // the scheduler never runs the background task: the page's own work never ends
    void loadConfig({
      device: localValues(),
      url: 'http://collector.test/v1/config',
      cacheKey: 'config:pk',
      fetch,
      onConfig: vi.fn(),
      warn: vi.fn(),
    });
    await vi.advanceTimersByTimeAsync(999);
    expect(fetch).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(1);
  } finally {
    vi.useRealTimers();
  }
});

test("the user's state is pulled from the collector only in a background task", async () => {
  const { growthkit, fetch } = fakeRuntime([]);
  // the pull sends the device's copy and adopts the collector's merge
  const statePulls = () => fetch.mock.calls.filter(([url]) => new URL(String(url)).pathname === '/v1/state');
  try {
    growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(statePulls()).toHaveLength(0);
    await runBackground();
    await vi.waitFor(() => expect(statePulls()).toHaveLength(1));
  } finally {
    growthkit.destroy();
  }
});

test("the outbox's database is opened only in a background task; what is stored before waits for it", async () => {
  const open = vi.fn(async () => {
    throw new Error('no IndexedDB here: memory it is');
  });
  const store = openOutboxStore('growthkit-test', open);
  const putting = store.put({ a: { event: 'a' } });
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(open).not.toHaveBeenCalled();
  await runBackground();
  await putting;
  expect(open).toHaveBeenCalledTimes(1);
  expect(await store.all()).toEqual([{ event: 'a' }]);
});

test('an IndexedDB open that never settles (a wedged profile, WebKit 226547) gives way to memory after 3 s: what waits is stored and read', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  try {
    const open = vi.fn(() => new Promise<never>(() => undefined));
    const store = openOutboxStore('growthkit-test', open);
    const putting = store.put({ a: { event: 'a' } });
    for (const task of background.splice(0)) task();
    await vi.advanceTimersByTimeAsync(2_900);
    expect(open).toHaveBeenCalledTimes(1);
    let settled = false;
    void putting.then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    await putting;
    expect(await store.all()).toEqual([{ event: 'a' }]);
  } finally {
    vi.useRealTimers();
  }
});
