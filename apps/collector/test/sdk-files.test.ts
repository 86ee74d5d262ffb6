// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestCollector, type TestCollector } from './collector-fixture.ts';

let collector: TestCollector;
let buildDir: string;
beforeAll(async () => {
  // A fake build, with a secret beside it that must stay out of reach.
  buildDir = mkdtempSync(join(tmpdir(), 'growthkit-build-'));
  const sdkDir = join(buildDir, 'sdk');
  mkdirSync(join(sdkDir, 'widgets'), { recursive: true });
  writeFileSync(join(sdkDir, 'growthkit.js'), 'window.growthkit=1');
  writeFileSync(join(sdkDir, 'widgets', 'checklist-B7x_k2Qa.js'), 'export{}');
  writeFileSync(join(buildDir, 'secret.txt'), 'top secret');
  collector = await startTestCollector({ sdkDir });
});
afterAll(async () => {
  await collector.close();
  rmSync(buildDir, { recursive: true, force: true });
});

/** A raw request, so the path reaches the server exactly as written (fetch would normalise "..") */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(`${collector.url}${path}`, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

test('HEAD on the SDK entry answers its headers (type, length, caching) without the body', async () => {
  const res = await fetch(`${collector.url}/sdk/growthkit.js`, { method: 'HEAD' });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect(res.headers.get('cache-control')).toBe('public, max-age=300');
  expect(await res.text()).toBe('');
});

test('the SDK entry is served as JavaScript, cacheable for five minutes, to any origin', async () => {
  const res = await fetch(`${collector.url}/sdk/growthkit.js`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect(res.headers.get('cache-control')).toBe('public, max-age=300');
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
  expect(await res.text()).toBe('window.growthkit=1');
});

test('a hashed widget chunk is cached for good', async () => {
  const res = await fetch(`${collector.url}/sdk/widgets/checklist-B7x_k2Qa.js`);
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
});

test('a missing SDK file is a JSON 404', async () => {
  const res = await fetch(`${collector.url}/sdk/widgets/nps.js`);
  expect(res.status).toBe(404);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
});

test('paths that climb out of the SDK folder never reach other files', async () => {
  for (const path of [
    '/sdk/../secret.txt',
    '/sdk/..%2fsecret.txt',
    '/sdk/%2e%2e%2fsecret.txt',
    '/sdk/..%5csecret.txt',
    '/sdk/%2fetc%2fpasswd',
  ]) {
    const res = await rawGet(path);
    expect(res.status, path).toBeGreaterThanOrEqual(400);
    expect(res.body, path).not.toContain('top secret');
    expect(res.body, path).not.toContain('root:');
  }
  expect(await collector.healthy()).toBe(true);
});

test('an SDK file carries a validator and nosniff: a browser revalidating after its 5 minutes gets 304 with no bytes, and the new file once it changes', async () => {
  const first = await fetch(`${collector.url}/sdk/growthkit.js`);
  expect(first.headers.get('x-content-type-options')).toBe('nosniff');
  const tag = first.headers.get('etag');
  expect(tag).toMatch(/^"[\w-]+"$/);

  const again = await fetch(`${collector.url}/sdk/growthkit.js`, { headers: { 'if-none-match': tag! } });
  expect(again.status).toBe(304);
  expect(again.headers.get('etag')).toBe(tag);
  expect(again.headers.get('cache-control')).toBe('public, max-age=300');
  expect(await again.text()).toBe('');
  // a list, and the weak form a proxy may have made of it, match too
  const listed = await fetch(`${collector.url}/sdk/growthkit.js`, { headers: { 'if-none-match': `"other", W/${tag}` } });
  expect(listed.status).toBe(304);

  // a new release: the tag the browser holds no longer matches
  writeFileSync(join(buildDir, 'sdk', 'growthkit.js'), 'window.growthkit=2');
  const upgraded = await fetch(`${collector.url}/sdk/growthkit.js`, { headers: { 'if-none-match': tag! } });
  expect(upgraded.status).toBe(200);
  expect(await upgraded.text()).toBe('window.growthkit=2');
  expect(upgraded.headers.get('etag')).not.toBe(tag);
  writeFileSync(join(buildDir, 'sdk', 'growthkit.js'), 'window.growthkit=1');

  const chunk = await fetch(`${collector.url}/sdk/widgets/checklist-B7x_k2Qa.js`);
  expect(chunk.headers.get('x-content-type-options')).toBe('nosniff');
  expect(chunk.headers.get('etag')).toMatch(/^"[\w-]+"$/);
});
