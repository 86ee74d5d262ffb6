// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GrowthEvent } from '@growthkit/core';
import { afterAll, expect, test } from 'vitest';
import { seedDemoProject } from '../src/seed/demo-project.ts';
import { openStore } from '../src/store/open-store.ts';
import { makeEvent } from './collector-fixture.ts';
import { growthEvents } from './store-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'growthkit-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const RECEIVED = '2026-12-07T01:00:00.000Z';

test('a request the database refuses fails alone: the requests committed with it are stored, and the store reopens with them', async () => {
  const path = join(dir, 'refused.sqlite');
  const store = await openStore({ dbPath: path });
  await seedDemoProject(store);
  const projectId = (await store.projectBySecretKey('sk_demo'))!.id;
  const good = Array.from({ length: 8 }, () => growthEvents(Array.from({ length: 25 }, () => makeEvent())));
  // the schema would never let this through; here it stands for any row SQLite refuses (it binds no objects)
  const refused = [{ ...growthEvents([makeEvent()])[0]!, name: { not: 'text' } } as unknown as GrowthEvent];
  const results = await Promise.allSettled([...good, refused].map((events) => store.insertEvents(projectId, events, RECEIVED)));
  expect(results.slice(0, 8)).toEqual(good.map(() => ({ status: 'fulfilled', value: { accepted: 25, duplicates: 0 } })));
  expect(results[8]!.status).toBe('rejected');
  await store.close();

  const reopened = await openStore({ dbPath: path });
  const page = await reopened.listEvents(projectId, { limit: 500 });
  expect(page.events.map(({ id }) => id).sort()).toEqual(
    good
      .flat()
      .map(({ id }) => id)
      .sort(),
  );
  // the writer keeps going after a refusal: a resend is answered as duplicates, new events are stored
  expect(await reopened.insertEvents(projectId, good[0]!, RECEIVED)).toEqual({ accepted: 0, duplicates: 25 });
  await reopened.close();
});

test('events handed to the writer thread are stored exactly as sent: empty and absent values, and text holding U+0000', async () => {
  const store = await openStore({ dbPath: join(dir, 'exact.sqlite') });
  await seedDemoProject(store);
  const projectId = (await store.projectBySecretKey('sk_demo'))!.id;
  const batch = (from: number, oddText: boolean) =>
    growthEvents(
      Array.from({ length: 60 }, (_, offset) => {
        const index = from + offset;
        return makeEvent({
          id: `exact-${String(index).padStart(4, '0')}`,
          name: oddText && index % 7 === 0 ? 'doc\u0000created' : 'doc_created',
          anonymousId: oddText && index % 5 === 0 ? 'anon\u0000x' : 'anon-1',
          ...(index % 2 === 0 && { userId: `user-${index}` }),
          ...(index % 3 === 0 && { accountId: 'acct', sessionId: 's', campaignId: 'c', experiment: 'e', variant: 'v' }),
          props: index % 4 === 0 ? { text: 'a\u0000b', empty: '' } : {},
          ...(index % 6 !== 0 && { context: index % 5 === 0 ? { url: '', locale: 'zh\u0000CN' } : { url: 'https://app.example.com/' } }),
        });
      }),
    );
  // two requests in one turn, more than the main thread stores itself: both go to the thread, one with names and ids
  // holding U+0000
  const batches = [batch(0, false), batch(60, true)];
  const results = await Promise.all(batches.map((events) => store.insertEvents(projectId, events, RECEIVED)));
  expect(results).toEqual([
    { accepted: 60, duplicates: 0 },
    { accepted: 60, duplicates: 0 },
  ]);
  const stored = (await store.listEvents(projectId, { limit: 500 })).events.filter(({ id }) => id.startsWith('exact-'));
  expect(stored).toEqual(batches.flat().map((event) => ({ ...event, receivedAt: RECEIVED })));
  await store.close();
});
