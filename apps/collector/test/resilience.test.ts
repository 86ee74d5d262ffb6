// @vitest-environment node
import { connect } from 'node:net';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { startTestCollector, type TestCollector } from './collector-fixture.ts';

let collector: TestCollector;
beforeAll(async () => {
  collector = await startTestCollector();
});
afterAll(async () => {
  await collector.close();
});

test('a failure inside a handler is answered with a 500 JSON error and the collector keeps serving', async () => {
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  const liveCampaigns = collector.store.liveCampaigns;
  collector.store.liveCampaigns = async () => {
    throw new Error('disk on fire');
  };
  try {
    const res = await fetch(`${collector.url}/v1/config?key=pk_demo`);
    expect(res.status).toBe(500);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('internal');
    expect(JSON.parse(String(logged.mock.calls[0]![0]))).toMatchObject({ event: 'unexpected_error', message: 'disk on fire' });
  } finally {
    collector.store.liveCampaigns = liveCampaigns;
    logged.mockRestore();
  }
  expect(await collector.healthy()).toBe(true);
  expect((await fetch(`${collector.url}/v1/config?key=pk_demo`)).status).toBe(200);
});

test('unknown paths are 404 and known paths with another method 405, both as JSON', async () => {
  const missing = await fetch(`${collector.url}/v2/events`);
  expect(missing.status).toBe(404);
  expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not_found');
  const wrongMethod = await fetch(`${collector.url}/v1/events?key=pk_demo`);
  expect(wrongMethod.status).toBe(405);
  expect(wrongMethod.headers.get('allow')).toBe('POST, OPTIONS');
});

test('a path under /v1/ that no endpoint answers is 404 for every method, a trailing slash included, with a hint', async () => {
  const admin = { authorization: 'Bearer sk_demo' };
  for (const [method, path] of [
    ['GET', '/v1/nope'],
    ['POST', '/v1/nope'],
    ['OPTIONS', '/v1/nope?key=pk_demo'],
    ['GET', '/v1/admin/events/'],
  ]) {
    const res = await fetch(`${collector.url}${path}`, { method, headers: { ...admin, origin: 'http://localhost:5173' } });
    expect(res.status, `${method} ${path}`).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  }
  const slash = await fetch(`${collector.url}/v1/admin/events/`, { headers: admin });
  expect(((await slash.json()) as { error: { message: string } }).error.message).toBe(
    'no endpoint at /v1/admin/events/ (did you mean /v1/admin/events, without the trailing slash?)',
  );
  // the preflight still answers the paths that exist
  const preflight = await fetch(`${collector.url}/v1/events?key=pk_demo`, {
    method: 'OPTIONS',
    headers: { origin: 'http://localhost:5173' },
  });
  expect(preflight.status).toBe(204);
});

test('HEAD answers wherever GET does, with the same status and headers and no body; Allow lists it', async () => {
  for (const path of ['/healthz', '/v1/config?key=pk_demo', '/v1/state?key=pk_demo&anonymousId=a9', '/v1/admin/events?limit=1']) {
    const headers = { authorization: 'Bearer sk_demo' };
    const get = await fetch(`${collector.url}${path}`, { headers: path.startsWith('/v1/admin') ? headers : {} });
    const head = await fetch(`${collector.url}${path}`, { method: 'HEAD', headers: path.startsWith('/v1/admin') ? headers : {} });
    expect(head.status, path).toBe(get.status);
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    expect(head.headers.get('content-length')).toBe(String((await get.arrayBuffer()).byteLength));
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  }
  const post = await fetch(`${collector.url}/healthz`, { method: 'POST' });
  expect(post.status).toBe(405);
  expect(post.headers.get('allow')).toBe('GET, HEAD');
  expect((await fetch(`${collector.url}/v1/state?key=pk_demo&anonymousId=a9`, { method: 'DELETE' })).headers.get('allow')).toBe(
    'GET, HEAD, PUT, OPTIONS',
  );
});

/** Sends `text` as it is on a connection of its own and resolves with all the collector wrote back before closing it. */
const exchange = (text: string) =>
  new Promise<string>((resolve) => {
    const socket = connect(collector.port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString('utf8');
    });
    socket.on('close', () => resolve(answer));
    socket.write(text);
  });

/** A raw HTTP/1.1 answer's status and JSON body. */
const rawAnswer = (answer: string) => ({
  status: Number(answer.slice(9, 12)),
  body: JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as unknown,
});

test('a request node cannot parse gets a JSON error naming the problem (400, or 431 for headers past the limit), on that connection only', async () => {
  const parse = (answer: string) => {
    const { status, body } = rawAnswer(answer);
    return { status, error: (body as { error: { code: string; message: string } }).error };
  };

  expect(parse(await exchange('G\u0001T /healthz HTTP/1.1\r\nHost: x\r\n\r\n'))).toEqual({
    status: 400,
    error: { code: 'malformed_request', message: expect.stringMatching(/not valid HTTP\/1\.1: .*method.* \(HPE_INVALID_METHOD\)/i) },
  });
  expect(parse(await exchange(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`))).toEqual({
    status: 431,
    error: { code: 'headers_too_large', message: expect.stringMatching(/at most \d+ bytes/) },
  });
  expect(await collector.healthy()).toBe(true);
});

test('a CONNECT (node dropped the connection without a word) and an Expect other than 100-continue (an empty 417) get JSON errors naming the rule', async () => {
  expect(rawAnswer(await exchange('CONNECT 127.0.0.1:80 HTTP/1.1\r\nHost: 127.0.0.1:80\r\n\r\n'))).toEqual({
    status: 405,
    body: { error: { code: 'method_not_allowed', message: 'CONNECT is not answered here: the collector is no proxy' } },
  });
  expect(
    rawAnswer(await exchange('POST /v1/events?key=pk_demo HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\nContent-Length: 2\r\n\r\n{}')),
  ).toEqual({
    status: 417,
    body: {
      error: { code: 'expectation_failed', message: 'Expect: 200-ok is not supported; send none, or 100-continue', field: 'expect' },
    },
  });
  expect(await collector.healthy()).toBe(true);
});

test('an HTTP/1.1 request without a Host header is refused with a JSON error naming host', async () => {
  const answer = await exchange('GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n');
  expect(answer).toMatch(/^HTTP\/1\.1 400 /);
  expect(rawAnswer(answer).body).toEqual({
    error: { code: 'malformed_request', message: expect.stringMatching(/Host header/), field: 'host' },
  });
  expect(await collector.healthy()).toBe(true);
});
