// @vitest-environment node
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

test('a tab opened before the last build still gets the chunks of its build, which the new build no longer has', async () => {
  // the build `pnpm build` replaced, as scripts/swapped-out-dir.ts keeps it beside the current one
  const replaced = new URL('../../../dist/console.builds/replaced-by-test/', import.meta.url);
  mkdirSync(new URL('assets/', replaced), { recursive: true });
  writeFileSync(new URL('assets/campaign-editor-OldBuild.js', replaced), 'export const page = "the old build";\n');
  try {
    const res = await fetch(`${collector.url}/console/assets/campaign-editor-OldBuild.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toContain('the old build');
    // only hashed names, which never change their content, come from another build
    writeFileSync(new URL('assets/favicon.svg', replaced), '<svg/>');
    expect((await fetch(`${collector.url}/console/assets/favicon.svg`)).status).toBe(404);
    const outOfTheFolder = '..%2f..%2fconsole.builds%2freplaced-by-test%2fassets%2fcampaign-editor-OldBuild.js';
    expect((await fetch(`${collector.url}/console/assets/${outOfTheFolder}`)).status).toBe(404);
  } finally {
    rmSync(replaced, { recursive: true, force: true });
  }
});
