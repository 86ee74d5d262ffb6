// @vitest-environment node
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { IngestResult } from '@growthkit/core';
import { makeEvent, postEvents, startTestCollector, verifiedHash, verifiedProject, type TestCollector } from './collector-fixture.ts';

let collector: TestCollector;
beforeEach(async () => {
  collector = await startTestCollector();
  await collector.store.createProjectIfAbsent(verifiedProject);
});
afterEach(async () => {
  await collector.close();
});

const storedIds = (project: string) =>
  collector.query<{ id: string }>('SELECT id FROM events WHERE project_id = ? ORDER BY seq', project).map((row) => row.id);

async function post(events: unknown[], key = 'pk_verified'): Promise<IngestResult> {
  const res = await postEvents(collector, JSON.stringify({ events }), { key });
  expect(res.status).toBe(200);
  return (await res.json()) as IngestResult;
}

describe('POST /v1/events with identity verification on', () => {
  test('an event whose userId comes with its hash is stored, and the hash is kept nowhere: not in the row, not in what the admin reads', async () => {
    const hash = verifiedHash('user-9');
    const event = makeEvent({ userId: 'user-9', hash });
    expect(await post([event])).toEqual({ accepted: 1, duplicates: 0, rejected: [] });

    const rows = collector.query<Record<string, unknown>>('SELECT * FROM events WHERE project_id = ?', 'verified');
    expect(rows).toHaveLength(1);
    expect(rows[0].user_id).toBe('user-9');
    expect(JSON.stringify(rows)).not.toContain(hash);

    const admin = await fetch(`${collector.url}/v1/admin/events`, { headers: { authorization: 'Bearer sk_verified' } });
    const { events } = (await admin.json()) as { events: Record<string, unknown>[] };
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ id: event.id, userId: 'user-9' });
    expect(events[0]).not.toHaveProperty('hash');
  });

  test("a userId without a hash, or with another user's, is rejected naming hash and the rule, while the batch's valid events (anonymous ones included) are stored", async () => {
    const good = makeEvent({ userId: 'user-9', hash: verifiedHash('user-9') });
    const noHash = makeEvent({ userId: 'user-9' });
    const anonymous = makeEvent({ name: 'page_viewed' });
    const wrongHash = makeEvent({ userId: 'user-9', hash: verifiedHash('someone-else') });
    const notHex = makeEvent({ userId: 'user-9', hash: `${verifiedHash('user-9').slice(0, 62)}zz` });

    const answer = await post([good, noHash, anonymous, wrongHash, notHex]);
    expect(answer.accepted).toBe(2);
    expect(answer.rejected).toEqual([
      {
        index: 1,
        field: 'hash',
        message: "identity verification is on: hash (hex HMAC-SHA256 of userId with the project's secret key) is required",
      },
      { index: 3, field: 'hash', message: 'hash does not match userId' },
      { index: 4, field: 'hash', message: 'hash does not match userId' },
    ]);
    expect(storedIds('verified')).toEqual([good.id, anonymous.id]);
  });

  test('events sent server-side with the secret key need no hash', async () => {
    const event = makeEvent({ userId: 'user-9' });
    const res = await fetch(`${collector.url}/v1/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk_verified' },
      body: JSON.stringify({ events: [event] }),
    });
    expect(await res.json()).toEqual({ accepted: 1, duplicates: 0, rejected: [] });
    expect(storedIds('verified')).toEqual([event.id]);
  });
});

describe('POST /v1/events with identity verification off', () => {
  test('a userId needs no hash, and a hash sent anyway (even a wrong one) changes nothing and is not kept', async () => {
    const plain = makeEvent({ userId: 'user-9' });
    const withHash = makeEvent({ userId: 'user-9', hash: verifiedHash('someone-else') });
    expect(await post([plain, withHash], 'pk_demo')).toEqual({ accepted: 2, duplicates: 0, rejected: [] });
    expect(storedIds('demo')).toEqual([plain.id, withHash.id]);
    expect(JSON.stringify(collector.query('SELECT * FROM events'))).not.toContain(verifiedHash('someone-else'));
  });
});
