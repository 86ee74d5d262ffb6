// @vitest-environment node
import { afterAll, beforeAll, expect, test } from 'vitest';
import { makeEvent, postEvents, startTestCollector, type TestCollector } from './collector-fixture.ts';

let collector: TestCollector;
const sent = Array.from({ length: 7 }, (_, i) =>
  makeEvent({ name: `event_${i}`, userId: 'user-1', props: { i }, context: { url: 'http://localhost:5173/docs', locale: 'en' } }),
);

beforeAll(async () => {
  collector = await startTestCollector();
  await postEvents(collector, JSON.stringify({ events: sent }));
});
afterAll(async () => {
  await collector.close();
});

interface Page {
  events: {
    id: string;
    name: string;
    userId?: string;
    props: Record<string, unknown>;
    context?: Record<string, unknown>;
    receivedAt: string;
  }[];
  next: string | null;
}

const listEvents = (query: string, authorization = 'Bearer sk_demo') =>
  fetch(`${collector.url}/v1/admin/events${query}`, { headers: { authorization } });

test('pages through every stored event in arrival order with the next cursor, props and context parsed', async () => {
  const names: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const res = await listEvents(`?limit=3${cursor ? `&after=${cursor}` : ''}`);
    expect(res.status).toBe(200);
    const page = (await res.json()) as Page;
    names.push(...page.events.map((event) => event.name));
    cursor = page.next;
    pages += 1;
  } while (cursor !== null);
  expect(pages).toBe(3);
  expect(names).toEqual(sent.map((event) => event.name));

  const first = ((await (await listEvents('?limit=1')).json()) as Page).events[0];
  expect(first).toMatchObject({
    id: sent[0].id,
    userId: 'user-1',
    props: { i: 0 },
    context: { url: 'http://localhost:5173/docs', locale: 'en' },
  });
  expect(Date.parse(first.receivedAt)).not.toBeNaN();
});

test('the default page holds up to 100 events and says when there is no more', async () => {
  const page = (await (await listEvents('')).json()) as Page;
  expect(page.events).toHaveLength(7);
  expect(page.next).toBeNull();
});

test('the publishable key, a missing key and a wrong secret key are refused', async () => {
  const withPublishable = await fetch(`${collector.url}/v1/admin/events?key=pk_demo`);
  expect(withPublishable.status).toBe(403);
  const withoutKey = await fetch(`${collector.url}/v1/admin/events`);
  expect(withoutKey.status).toBe(401);
  const wrongSecret = await listEvents('', 'Bearer sk_wrong');
  expect(wrongSecret.status).toBe(401);
  const secretInUrl = await fetch(`${collector.url}/v1/admin/events?key=sk_demo`);
  expect(secretInUrl.status).toBe(401);
});

test('a limit outside 1..1000 or a made-up cursor is refused naming the field', async () => {
  for (const [query, field] of [
    ['?limit=0', 'limit'],
    ['?limit=1001', 'limit'],
    ['?limit=ten', 'limit'],
    ['?after=yesterday', 'after'],
  ]) {
    const res = await listEvents(query);
    expect(res.status, query).toBe(400);
    expect(((await res.json()) as { error: { field: string } }).error.field).toBe(field);
  }
});
