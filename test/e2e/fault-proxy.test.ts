import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Fault, type FaultRates, startFaultProxy } from '../support/fault-proxy.ts';

// The chaos test's harness on its own: each fault does what it says, and a seed fixes the fate of the nth request.

/** what the stand-in collector received of each request: the bytes of its body, whether it ended, whether it is over */
const received: { bytes: number; complete: boolean; closed: boolean }[] = [];
const collector = createServer((req, res) => {
  const arrival = { bytes: 0, complete: false, closed: false };
  received.push(arrival);
  req.on('data', (chunk: Buffer) => {
    arrival.bytes += chunk.length;
  });
  req.on('end', () => {
    arrival.complete = true;
    const body = JSON.stringify({ accepted: 1, duplicates: 0, rejected: [], padding: 'x'.repeat(2_000) });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
  req.on('error', () => undefined);
  req.on('close', () => {
    arrival.closed = true;
  });
});
let target = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  target = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
});
afterAll(() => {
  collector.closeAllConnections();
  return new Promise<void>((resolve) => collector.close(() => resolve()));
});

const batch = (id: string) => JSON.stringify({ events: [{ id, name: 'probe', padding: 'y'.repeat(4_000) }] });

/** Posts a batch through the proxy: the status and the whole answer, or what went wrong. */
async function post(url: string, id: string) {
  try {
    const response = await fetch(`${url}/v1/events?key=pk_test`, { method: 'POST', body: batch(id), headers: { origin: 'http://page' } });
    const text = await response.text();
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      cors: response.headers.get('access-control-allow-origin'),
      text,
    };
  } catch (error) {
    return { failed: (error as Error).message };
  }
}

test('each fault does what it says, and the proxy counts it', async () => {
  const faults: Fault[] = ['drop', 'reset', 'error500', 'busy429', 'unavailable503', 'cutRequest', 'cutResponse', 'delay'];
  const proxy = await startFaultProxy(target, { next: faults, dropHoldMs: [50, 50], delayMs: [300, 300], retryAfterSeconds: 7 });
  try {
    const outcome: Record<string, unknown> = {};
    const arrived: Record<string, { bytes: number; complete: boolean; closed: boolean }[]> = {};
    const took: Record<string, number> = {};
    for (const fault of [...faults, 'pass']) {
      const before = received.length;
      const start = Date.now();
      outcome[fault] = await post(proxy.url, fault);
      took[fault] = Date.now() - start;
      // a cut request reaches the collector about when the page sees its connection die
      if (fault === 'cutRequest') await expect.poll(() => received.slice(before).some((arrival) => arrival.closed)).toBe(true);
      else await new Promise((resolve) => setTimeout(resolve, 50));
      arrived[fault] = received.slice(before);
    }
    const full = (fault: string) => Buffer.byteLength(batch(fault));

    for (const lost of ['drop', 'reset'] as const) {
      expect(outcome[lost]).toHaveProperty('failed');
      expect(arrived[lost]).toEqual([]);
    }
    expect(took.drop).toBeGreaterThanOrEqual(50);
    for (const [fault, status] of [
      ['error500', 500],
      ['busy429', 429],
      ['unavailable503', 503],
    ] as const) {
      expect(outcome[fault]).toMatchObject({ status, cors: 'http://page' });
      expect(arrived[fault]).toEqual([]);
    }
    expect(outcome.busy429).toMatchObject({ retryAfter: '7' });
    expect(outcome.unavailable503).toMatchObject({ retryAfter: '7' });
    expect(outcome.cutRequest).toHaveProperty('failed');
    expect(arrived.cutRequest).toHaveLength(1);
    expect(arrived.cutRequest[0].complete).toBe(false);
    expect(arrived.cutRequest[0].bytes).toBeGreaterThan(0);
    expect(arrived.cutRequest[0].bytes).toBeLessThan(full('cutRequest'));
    // the collector got the whole batch; the page, part of the answer
    expect(outcome.cutResponse).toHaveProperty('failed');
    expect(arrived.cutResponse).toMatchObject([{ bytes: full('cutResponse'), complete: true }]);
    expect(took.delay).toBeGreaterThanOrEqual(300);
    for (const forwarded of ['delay', 'pass'] as const) {
      expect(outcome[forwarded]).toMatchObject({ status: 200 });
      expect(arrived[forwarded]).toMatchObject([{ bytes: full(forwarded), complete: true }]);
    }

    expect(proxy.counts).toMatchObject({
      eventRequests: faults.length + 1,
      underFaults: faults.length,
      events: faults.length + 1,
      retried: 0,
      dropped: 1,
      reset: 1,
      delayed: 1,
      answered500: 1,
      answered429: 1,
      answered503: 1,
      cutRequest: 1,
      cutResponse: 1,
      forwarded: 3,
      accepted: 3,
    });
    expect(proxy.decisions.map((decision) => decision.fault)).toEqual([...faults, 'pass']);
  } finally {
    await proxy.close();
  }
});

test('the same seed gives the nth request the same fate; another seed, another sequence', async () => {
  const rates: FaultRates = { drop: 0.3, delay: 0.2, unavailable503: 0.1, busy429: 0.1, cutResponse: 0.1 };
  const run = async (seed: number) => {
    const proxy = await startFaultProxy(target, { seed, rates, dropHoldMs: [0, 0], delayMs: [0, 0] });
    try {
      for (let n = 0; n < 30; n++) await post(proxy.url, `${seed}-${n}`);
      return proxy.decisions.map((decision) => decision.fault);
    } finally {
      await proxy.close();
    }
  };
  const first = await run(5);
  expect(await run(5)).toEqual(first);
  expect(await run(6)).not.toEqual(first);
  expect(new Set(first).size).toBeGreaterThan(3);
});

test('a batch carrying an id an earlier batch carried counts as retried; other paths pass untouched', async () => {
  const proxy = await startFaultProxy(target, { rates: { unavailable503: 1 } });
  try {
    await post(proxy.url, 'same');
    await post(proxy.url, 'same');
    const config = await fetch(`${proxy.url}/v1/config?key=pk_test`);
    expect(config.status).toBe(200);
    await config.text();
    expect(proxy.counts).toMatchObject({ requests: 3, eventRequests: 2, answered503: 2, retried: 1, forwarded: 1 });
  } finally {
    await proxy.close();
  }
});
