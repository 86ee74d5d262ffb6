import { expect, test, vi } from 'vitest';
import { PublicSettingsSchema, type Config } from '@growthkit/core';
import { loadConfig } from '../src/config/config-source.ts';
import { memoryStore } from './outbox-support.ts';

const config: Config = { project: 'p', settings: PublicSettingsSchema.parse({ locales: ['en'], defaultLocale: 'en' }), campaigns: [] } as unknown as Config;

test('the cached config is read and revalidated while the device state loads, and handed over only once it is in', async () => {
  const store = memoryStore();
  await store.put('kv', { 'config:pk': { etag: '"1"', config } });
  const get = vi.spyOn(store, 'get');
  const fetch = vi.fn(async () => new Response(null, { status: 304 }));
  let stateIn!: () => void;
  const ready = new Promise<void>((resolve) => (stateIn = resolve));
  const onConfig = vi.fn();

  const loading = loadConfig({ store, url: 'http://collector.test/v1/config?key=pk', cacheKey: 'config:pk', fetch, ready, onConfig });
  await vi.waitFor(() => expect(fetch).toHaveBeenCalledWith('http://collector.test/v1/config?key=pk', { headers: { 'if-none-match': '"1"' } }));
  expect(get).toHaveBeenCalledWith('kv', 'config:pk');
  expect(onConfig).not.toHaveBeenCalled();

  stateIn();
  await loading;
  expect(onConfig).toHaveBeenCalledTimes(1);
  expect(onConfig).toHaveBeenCalledWith(config);
});
