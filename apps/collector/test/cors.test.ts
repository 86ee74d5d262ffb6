// @vitest-environment node
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestCollector, type TestCollector } from './collector-fixture.ts';

let collector: TestCollector;
beforeAll(async () => {
  collector = await startTestCollector();
});
afterAll(async () => {
  await collector.close();
});

const preflight = (origin: string, path = '/v1/events?key=pk_demo') =>
  fetch(`${collector.url}${path}`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });

test('the preflight from the demo page at http://localhost:5173 is allowed for its own origin only', async () => {
  const res = await preflight('http://localhost:5173');
  expect(res.status).toBe(204);
  expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  expect(res.headers.get('vary')).toMatch(/Origin/);
  expect(res.headers.get('access-control-allow-methods')).toMatch(/POST/);
  expect(res.headers.get('access-control-allow-headers')).toBe('content-type, authorization, if-none-match');
});

test('the preflight from http://evil.example gets no CORS permission', async () => {
  const res = await preflight('http://evil.example');
  expect(res.status).toBe(403);
  expect(res.headers.get('access-control-allow-origin')).toBeNull();
  expect(((await res.json()) as { error: { field: string } }).error.field).toBe('origin');
});

test('a preflight with an unknown key is refused even from an allowed-looking origin', async () => {
  const res = await preflight('http://localhost:5173', '/v1/events?key=pk_unknown');
  expect(res.status).toBe(403);
  expect(res.headers.get('access-control-allow-origin')).toBeNull();
});

test('answers to an allowed page name its origin and expose the ETag', async () => {
  const res = await fetch(`${collector.url}/v1/config?key=pk_demo`, { headers: { origin: 'http://127.0.0.1:4000' } });
  expect(res.status).toBe(200);
  expect(res.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4000');
  expect(res.headers.get('access-control-expose-headers')).toMatch(/ETag/);
});

test('an origin that only resembles an allowed pattern is refused', async () => {
  for (const origin of [
    'http://localhost.evil.example:80',
    'https://localhost:5173',
    'http://127.0.0.1.evil.example',
    'http://localhost:5173.evil.example',
  ]) {
    const res = await fetch(`${collector.url}/v1/config?key=pk_demo`, { headers: { origin } });
    expect(res.status, origin).toBe(403);
  }
});
