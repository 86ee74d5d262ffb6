// @vitest-environment node
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, expect, test } from 'vitest';
import { seedDemoProject } from '../src/seed/demo-project.ts';
import { openStore } from '../src/store/open-store.ts';
import { makeEvent } from './collector-fixture.ts';
import { growthEvents } from './store-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'growthkit-checkpoints-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The events the database file itself holds, without its WAL: what a checkpoint has copied into it. */
function eventsInFileAlone(path: string): number {
  const copy = join(dir, `copy-${Date.now()}.sqlite`);
  copyFileSync(path, copy);
  const db = new Database(copy, { readonly: true });
  try {
    // the file alone may not even hold the schema yet: the migrations are in the WAL too until a checkpoint
    const hasTable = db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'events'").pluck().get() === 1;
    return hasTable ? (db.prepare('SELECT count(*) FROM events').pluck().get() as number) : 0;
  } finally {
    db.close();
    rmSync(copy, { force: true });
  }
}

test('stored events reach the database file within a moment, long before the WAL fills, while the collector runs', async () => {
  const path = join(dir, 'store.sqlite');
  const store = await openStore({ dbPath: path });
  await seedDemoProject(store);
  const projectId = (await store.projectBySecretKey('sk_demo'))!.id;
  // a few hundred events are a few dozen WAL pages: no writer's own checkpoint (every ~10,000 pages) copies them
  for (let batch = 0; batch < 8; batch++) {
    expect(
      await store.insertEvents(projectId, growthEvents(Array.from({ length: 50 }, () => makeEvent())), new Date().toISOString()),
    ).toEqual({
      accepted: 50,
      duplicates: 0,
    });
  }
  let copied = eventsInFileAlone(path);
  const deadline = Date.now() + 2_000;
  while (copied < 400 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    copied = eventsInFileAlone(path);
  }
  expect(copied).toBe(400);
  await store.close();
});

test('closing a store that has written events lets its process end normally, with nothing else running', async () => {
  // the checkpoint thread does not hold the process open; close() must, until the thread is gone
  const openStoreFile = new URL('../src/store/open-store.ts', import.meta.url).pathname;
  const seedFile = new URL('../src/seed/demo-project.ts', import.meta.url).pathname;
  const script = `
    const { openStore } = await import(${JSON.stringify(openStoreFile)});
    const { seedDemoProject } = await import(${JSON.stringify(seedFile)});
    const store = await openStore({ dbPath: ${JSON.stringify(join(dir, 'closing.sqlite'))} });
    await seedDemoProject(store);
    const project = (await store.projectBySecretKey('sk_demo')).id;
    const event = { id: 'closing-event-1', type: 'track', name: 'x', ts: new Date().toISOString(), anonymousId: 'anon-1', props: {} };
    await store.insertEvents(project, [event], new Date().toISOString());
    await store.close();
    console.log('closed');`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
  expect(stdout.trim()).toBe('closed');
});
