import { afterEach, expect, test } from 'vitest';
import { parseEvents } from '@growthkit/core';
import { type ServerEvent, ServerEvents, type ServerEventsOptions } from '../src/index.ts';
import { type ScriptedAnswer, startScriptedCollector } from './scripted-collector.ts';

let collector: Awaited<ReturnType<typeof startScriptedCollector>> | undefined;
afterEach(() => collector?.close());

async function clientAgainst(script: Parameters<typeof startScriptedCollector>[0], options: Partial<ServerEventsOptions> = {}) {
  collector = await startScriptedCollector(script);
  const errors: string[] = [];
  const client = new ServerEvents({
    endpoint: collector.url,
    secretKey: 'sk_test',
    retryDelay: 20,
    onError: (error) => errors.push(error.message),
    ...options,
  });
  return { client, errors, requests: collector.requests };
}

const ids = (events: { id: string }[]) => events.map((event) => event.id);

test('events go in batches of batchSize, in order, with the secret key, each valid for the collector', async () => {
  const { client, errors, requests } = await clientAgainst([], { batchSize: 3 });
  const tracked = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((plan) =>
    client.track('plan_upgraded', { userId: `user_${plan}`, accountId: 'acct_1', props: { to: plan } }),
  );
  await client.flush();

  expect(requests.map((request) => request.events.length)).toEqual([3, 3, 1]);
  expect(requests.flatMap((request) => ids(request.events))).toEqual(tracked);
  expect(new Set(tracked).size).toBe(7);
  for (const request of requests) {
    expect(request.headers.authorization).toBe('Bearer sk_test');
    expect(request.headers['content-type']).toBe('application/json');
    // core's own check of the wire format, the one the collector runs
    expect(parseEvents(request.events).rejected).toEqual([]);
  }
  expect(requests[0].events[0]).toMatchObject({
    type: 'track',
    name: 'plan_upgraded',
    userId: 'user_a',
    anonymousId: 'user_a',
    accountId: 'acct_1',
    props: { to: 'a' },
  });
  expect(errors).toEqual([]);
});

test('an event waits at most flushInterval for others before its batch goes by itself', async () => {
  const { client, requests } = await clientAgainst([], { flushInterval: 30 });
  client.track('invoice_paid', { accountId: 'acct_1' });
  client.track('invoice_paid', { accountId: 'acct_2' });
  expect(requests).toHaveLength(0);
  await expect.poll(() => requests.length).toBe(1);
  expect(requests[0].events.map((event) => event.anonymousId)).toEqual(['acct_1', 'acct_2']);
  await client.close();
});

test('a batch is resent with the same ids after 503, a dropped connection and 429, honouring Retry-After', async () => {
  const retryLater: ScriptedAnswer = { status: 429, headers: { 'retry-after': '1' }, body: { code: 'rate_limited' } };
  const { client, errors, requests } = await clientAgainst([() => ({ status: 503 }), () => 'drop', () => retryLater]);
  const id = client.track('plan_upgraded', { userId: 'user_1' });
  await client.flush();

  expect(requests.map((request) => ids(request.events))).toEqual([[id], [id], [id], [id]]);
  expect(requests[3].at - requests[2].at).toBeGreaterThanOrEqual(950);
  expect(errors).toEqual([]);
});

test('a refused request (bad key) is not retried and is reported', async () => {
  const { client, errors, requests } = await clientAgainst([() => ({ status: 401, body: { code: 'invalid_key' } })]);
  client.track('plan_upgraded', { userId: 'user_1' });
  await client.flush();
  expect(requests).toHaveLength(1);
  expect(errors).toEqual([expect.stringContaining('answered 401')]);
});

test('events the collector rejects are reported by id and field; the rest of the batch counts as delivered', async () => {
  const { client, errors, requests } = await clientAgainst([
    () => ({ status: 200, body: { accepted: 1, duplicates: 0, rejected: [{ index: 1, field: 'name', message: 'is too long' }] } }),
  ]);
  client.track('ok', { userId: 'user_1' });
  const bad = client.track('x'.repeat(300), { userId: 'user_1' });
  await client.flush();
  expect(requests).toHaveLength(1);
  expect(errors).toEqual([expect.stringContaining(`event ${bad}`)]);
});

test('a batch is given up after maxAttempts tries and reported; later events still go', async () => {
  const down = () => ({ status: 500 });
  const given: ServerEvent[] = [];
  const { client, errors, requests } = await clientAgainst([down, down, down], {
    maxAttempts: 3,
    onError: (error) => {
      errors.push(error.message);
      given.push(...error.events);
    },
  });
  client.track('lost', { userId: 'user_1' });
  await client.flush();
  expect(errors).toEqual([expect.stringContaining('1 events not delivered after 3 tries')]);
  // the events come with it, to be kept or sent again by the server
  expect(given.map((event) => [event.name, event.id])).toEqual([['lost', requests[0].events[0].id]]);
  client.track('kept', { userId: 'user_1' });
  await client.flush();
  expect(requests.map((request) => request.events[0].name)).toEqual(['lost', 'lost', 'lost', 'kept']);
});

test('close() sends what is queued, then refuses new events; a wrong call says what is missing', async () => {
  const { client, requests } = await clientAgainst([], { flushInterval: 60_000 });
  client.track('plan_upgraded', { userId: 'user_1' });
  expect(() => client.track('plan_upgraded', {})).toThrow('needs a userId, accountId or anonymousId');
  await client.close();
  expect(requests).toHaveLength(1);
  expect(() => client.track('plan_upgraded', { userId: 'user_1' })).toThrow('closed');
  expect(() => new ServerEvents({ endpoint: 'http://127.0.0.1', secretKey: 'pk_demo' })).toThrow('sk_');
});

test('props that are not JSON (a BigInt, a cycle) are refused when tracked, naming the event; the batch around them still goes', async () => {
  const { client, errors, requests } = await clientAgainst([]);
  client.track('seat_added', { userId: 'user_1' });
  expect(() => client.track('invoice_paid', { userId: 'user_1', props: { amount: 10n } })).toThrow(TypeError);
  expect(() => client.track('invoice_paid', { userId: 'user_1', props: { amount: 10n } })).toThrow(
    'track("invoice_paid"): props must be JSON',
  );
  client.track('plan_upgraded', { userId: 'user_1' });
  await client.flush();
  expect(requests.flatMap((request) => request.events.map((event) => event.name))).toEqual(['seat_added', 'plan_upgraded']);
  expect(errors).toEqual([]);
});
