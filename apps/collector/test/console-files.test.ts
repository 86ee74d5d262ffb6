// @vitest-environment node
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestCollector, type TestCollector } from './collector-fixture.ts';

// `pnpm build` writes the console beside the SDK; these tests read the real build.
const ASSETS = new URL('../../../dist/console/assets/', import.meta.url);

let collector: TestCollector;

beforeAll(async () => {
  collector = await startTestCollector();
});
afterAll(async () => {
  await collector.close();
});

test('every console URL is its page, under a CSP with no inline script or style, never cached stale', async () => {
  for (const path of ['/console', '/console/campaigns', '/console/campaigns/onboarding/history', '/console/no/such/page']) {
    const res = await fetch(`${collector.url}${path}`);
    expect(res.status, path).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    const html = await res.text();
    expect(html).toMatch(/<script type="module" crossorigin src="\/console\/assets\/index-[\w-]+\.js"><\/script>/);
    expect(html).not.toMatch(/<script>|<style>/);
  }
});

test('the hashed assets are cached for good; a missing one or a path out of the folder is a 404', async () => {
  const script = readdirSync(ASSETS).find((name) => name.startsWith('index-') && name.endsWith('.js'))!;
  const res = await fetch(`${collector.url}/console/assets/${script}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

  expect((await fetch(`${collector.url}/console/assets/nothing-AbCd1234.js`)).status).toBe(404);
  expect((await fetch(`${collector.url}/console/assets/..%2f..%2fpackage.json`)).status).toBe(404);
  expect((await fetch(`${collector.url}/console/assets/%E0%A4%A`)).status).toBe(404);
});
