// @vitest-environment happy-dom
import { beforeEach, expect, test, vi } from 'vitest';
import { PublicSettingsSchema, type Config } from '@growthkit/core';
import { type ConfigSourceOptions, loadConfig } from '../src/config/config-source.ts';
import { localValues } from '../src/local-values.ts';

const URL = 'http://collector.test/v1/config?key=pk';
const config = (project: string): Config =>
  ({ project, settings: PublicSettingsSchema.parse({ locales: ['en'], defaultLocale: 'en' }), campaigns: [] }) as unknown as Config;
const cache = (etag: string, cached: Config) => localStorage.setItem('growthkit:config:pk', JSON.stringify({ etag, config: cached }));
const answer = (body: Config, etag: string) => Response.json(body, { headers: { etag } });
/** the config of project "pk" from the test collector, with the device's values as they are now */
const load = (options: Pick<ConfigSourceOptions, 'fetch' | 'onConfig'> & Partial<ConfigSourceOptions>) =>
  loadConfig({ device: localValues(), url: URL, cacheKey: 'config:pk', warn: vi.fn(), ...options });

beforeEach(() => localStorage.clear());

test('the cached config is handed over at once, and revalidated with its ETag in a task of its own', async () => {
  cache('"1"', config('cached'));
  let respond!: (response: Response) => void;
  const fetch = vi.fn(() => new Promise<Response>((resolve) => (respond = resolve)));
  const onConfig = vi.fn();

  const loading = load({ fetch, onConfig });
  expect(onConfig).toHaveBeenCalledWith(config('cached'));
  // the first decision's task stays short: the request goes out in the next one
  await Promise.resolve();
  expect(fetch).not.toHaveBeenCalled();
  await vi.waitFor(() => expect(fetch).toHaveBeenCalledWith(URL, { headers: { 'if-none-match': '"1"' } }));

  respond(new Response(null, { status: 304 }));
  await loading;
  expect(onConfig).toHaveBeenCalledTimes(1);
});

test('a changed config is handed over again and cached for the next visit; an unchanged one is not', async () => {
  cache('"1"', config('old'));
  const onConfig = vi.fn();
  await load({ fetch: async () => answer(config('new'), '"2"'), onConfig: onConfig });
  expect(onConfig.mock.calls).toEqual([[config('old')], [config('new')]]);

  const next = vi.fn();
  await load({ fetch: async () => answer(config('new'), '"2"'), onConfig: next });
  expect(next.mock.calls).toEqual([[config('new')]]);
});

test('a first visit waits for the collector; offline it shows nothing and throws nothing', async () => {
  const onConfig = vi.fn();
  await load({ fetch: async () => answer(config('fresh'), '"1"'), onConfig: onConfig });
  expect(onConfig.mock.calls).toEqual([[config('fresh')]]);

  localStorage.clear();
  const offline = vi.fn();
  await load({ fetch: async () => new Response(null, { status: 503 }), onConfig: offline });
  expect(offline).not.toHaveBeenCalled();
});

test('a config too large for localStorage is used for this page view, and the older cached copy is not read again', async () => {
  cache('"1"', config('old'));
  const quota = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError');
  });
  const device = localValues();
  const onConfig = vi.fn();
  await load({ device, fetch: async () => answer(config('large'), '"2"'), onConfig });
  quota.mockRestore();
  expect(onConfig.mock.calls).toEqual([[config('old')], [config('large')]]);
  expect(device.get('config:pk')).toEqual({ etag: '"2"', config: config('large') });
  // the older copy is gone rather than left to shadow it
  expect(localStorage.getItem('growthkit:config:pk')).toBeNull();
});

test('a fetch that fails as a network error (a CSP block among them) warns once, naming connect-src and the origin', async () => {
  cache('"1"', config('cached'));
  const warn = vi.fn();
  const onConfig = vi.fn();
  const blocked = async () => Promise.reject(new TypeError('Failed to fetch'));
  await load({ fetch: blocked, onConfig, warn });
  expect(onConfig.mock.calls).toEqual([[config('cached')]]);
  expect(warn).toHaveBeenCalledTimes(1);
  expect(warn.mock.calls[0][1]).toContain('Failed to fetch');
  expect(warn.mock.calls[0][1]).toContain("this page's CSP blocks it, allow http://collector.test in connect-src");
});

test('a refusal (a wrong key or endpoint) warns once with the status and the fix; the cached config stays in use', async () => {
  cache('"1"', config('cached'));
  const warn = vi.fn();
  const onConfig = vi.fn();
  const refused = async () => Response.json({ code: 'unknown_key', message: 'no project has this key' }, { status: 401 });
  await load({ fetch: refused, onConfig, warn });
  expect(onConfig.mock.calls).toEqual([[config('cached')]]);
  expect(warn.mock.calls).toEqual([['refused:config', "the config was refused (401): check init's key and endpoint"]]);
});

test('another failure is left to the caller (the guard warns it as a failure)', async () => {
  const warn = vi.fn();
  const broken = async () => new Response('not json', { headers: { etag: '"1"' } });
  const loading = load({ fetch: broken, onConfig: vi.fn(), warn });
  await expect(loading).rejects.toThrow(SyntaxError);
  expect(warn).not.toHaveBeenCalled();
});
