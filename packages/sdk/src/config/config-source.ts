import type { Config } from '@growthkit/core';
import type { LocalValues } from '../local-values.ts';
import { backgroundTask } from '../timing/background-task.ts';

interface CachedConfig {
  etag: string | null;
  config: Config;
}

export interface ConfigSourceOptions {
  /**
   * The cached copy lives in localStorage: its synchronous read hands it over without waiting for IndexedDB to open
   * (SPEC §11 first paint). A config over the quota stays in memory for this page view (LocalValues).
   */
  device: LocalValues;
  /** `${endpoint}/v1/config?key=…` */
  url: string;
  /** the device key, per project */
  cacheKey: string;
  fetch?: typeof fetch;
  /** called with the cached config at once, then again if the collector has a newer one */
  onConfig(config: Config): void;
  /** the guard's one-time warning */
  warn(kind: string, message: string): void;
}

/**
 * Stale-while-revalidate: the config cached on the last visit is used at once (widgets can paint
 * without a network round trip); the collector is asked in the background with `If-None-Match`.
 */
export async function loadConfig({
  device,
  url,
  cacheKey,
  fetch: get = (...args) => fetch(...args),
  onConfig,
  warn,
}: ConfigSourceOptions): Promise<void> {
  const cached = device.get<CachedConfig>(cacheKey);
  if (cached) {
    onConfig(cached.config);
    // the revalidation in a task of its own: the widgets' first decision ends the script's first task, and their
    // chunks load and paint before it (SPEC §11)
    await backgroundTask();
  }
  let response: Response;
  try {
    response = await get(url, { headers: cached?.etag ? { 'if-none-match': cached.etag } : {} });
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    // A fetch blocked by the page's CSP fails like any network error ("Failed to fetch"): name the likely fix.
    const { origin } = new URL(url);
    return warn(
      'unreachable:config',
      `the config could not be fetched from ${origin} (${error}); if this page's CSP blocks it, allow ${origin} in connect-src`,
    );
  }
  if (response.status === 304) return;
  if (!response.ok) {
    // a wrong key (401, 403) or endpoint (404): no widget shows until it is fixed; a busy or failing collector says nothing
    if ([401, 403, 404].includes(response.status))
      warn('refused:config', `the config was refused (${response.status}): check init's key and endpoint`);
    return;
  }
  const config = (await response.json()) as Config;
  const etag = response.headers.get('etag');
  device.set(cacheKey, { etag, config } satisfies CachedConfig);
  if (!cached || etag === null || etag !== cached.etag) onConfig(config);
}
