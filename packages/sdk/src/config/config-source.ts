import type { Config } from '@growthkit/core';
import type { DeviceStore } from '../storage/device-store.ts';

interface CachedConfig {
  etag: string | null;
  config: Config;
}

export interface ConfigSourceOptions {
  store: DeviceStore;
  /** `${endpoint}/v1/config?key=…` */
  url: string;
  /** the device-store key, per project */
  cacheKey: string;
  fetch?: typeof fetch;
  /** no config is handed over before this settles (the device's saved progress and counters are in) */
  ready?: Promise<unknown>;
  /** called with the cached config at once, then again if the collector has a newer one */
  onConfig(config: Config): void;
}

/**
 * Stale-while-revalidate: the config cached on the last visit is used at once (widgets can paint
 * without a network round trip); the collector is asked in the background with `If-None-Match`.
 * The cached copy is read alongside the rest of the device's state, not after it (SPEC §11 first paint).
 */
export async function loadConfig({ store, url, cacheKey, fetch: get = (...args) => fetch(...args), ready, onConfig }: ConfigSourceOptions): Promise<void> {
  const cached = await store.get<CachedConfig>('kv', cacheKey);
  const answer = get(url, { headers: cached?.etag ? { 'if-none-match': cached.etag } : {} });
  await ready;
  if (cached) onConfig(cached.config);
  const response = await answer;
  if (response.status === 304 || !response.ok) return;
  const config = (await response.json()) as Config;
  const etag = response.headers.get('etag');
  await store.put('kv', { [cacheKey]: { etag, config } satisfies CachedConfig });
  if (!cached || etag === null || etag !== cached.etag) onConfig(config);
}
