import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, test } from 'vitest';
import { PublicSettingsSchema } from '@growthkit/core';
import { identityHash, ServerEvents } from '@growthkit/node';
import { trialWorkspace } from '../support/demo-workspace.ts';
import { startFaultProxy } from '../support/fault-proxy.ts';
import { useStack } from '../support/use-stack.ts';

// @growthkit/node against the real collector over HTTP on its SQLite file: the identity hash it makes is the one the
// collector accepts, and its server events arrive each once across a restart and a lost answer.

const e2e = useStack();

/** The stored events' ids of the users whose ids start with `users` (each test has its own). */
const storedIds = (users: string) =>
  e2e.stack
    .storedEvents()
    .filter((event) => event.user_id?.startsWith(users))
    .map((event) => event.id);

test('the identity hash @growthkit/node makes is the one the collector accepts from a browser; a hash made with another secret is refused', async () => {
  const { stack } = e2e;
  await stack.store.createProjectIfAbsent({
    id: 'verified',
    publishableKey: 'pk_verified',
    secretKey: 'sk_verified',
    allowedOrigins: ['http://127.0.0.1:*'],
    settings: PublicSettingsSchema.parse({ identityVerification: true }),
  });
  const hash = identityHash('user_42', 'sk_verified');
  // worked out apart from both: printf user_42 | openssl dgst -sha256 -hmac sk_verified
  expect(hash).toBe('215244d92b99977feaa48cb231c2c5dcfeb82eeeb4905037f46476739bac89ff');
  const forged = identityHash('user_42', 'sk_demo');

  const event = (proof: string) => ({
    id: randomUUID(),
    type: 'track',
    name: 'doc_created',
    ts: new Date().toISOString(),
    anonymousId: 'device-1',
    userId: 'user_42',
    hash: proof,
  });
  const [proven, refused] = [event(hash), event(forged)];
  const answer = await fetch(`${stack.collectorUrl}/v1/events?key=pk_verified`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ events: [proven, refused] }),
  });
  expect(await answer.json()).toEqual({
    accepted: 1,
    duplicates: 0,
    rejected: [{ index: 1, field: 'hash', message: 'hash does not match userId' }],
  });
  expect(storedIds('user_42')).toEqual([proven.id]);

  const state = (proof: string) => fetch(`${stack.collectorUrl}/v1/state?key=pk_verified&userId=user_42&hash=${proof}`);
  expect((await state(hash)).status).toBe(200);
  expect((await state(forged)).status).toBe(403);
});

test('server events sent while the collector restarts (same port, same SQLite file) are all stored, each id once', async () => {
  const { stack } = e2e;
  const errors: Error[] = [];
  const events = new ServerEvents({
    endpoint: stack.collectorUrl,
    secretKey: 'sk_demo',
    batchSize: 10,
    retryDelay: 100,
    onError: (error) => errors.push(error),
  });
  const tracked: string[] = [];
  const upgrade = (n: number) => tracked.push(events.track('plan_upgraded', { userId: `restart-${n}`, props: { to: 'growth' } }));

  for (let n = 0; n < 15; n++) upgrade(n);
  await events.flush();
  await stack.stopCollector();
  // tracked while the collector is down: the client retries against a closed port until it is back
  for (let n = 15; n < 40; n++) upgrade(n);
  const delivered = events.flush();
  await sleep(1500);
  await stack.restartCollector();
  await delivered;
  await events.close();

  const stored = storedIds('restart-');
  expect(stored).toHaveLength(40);
  expect(new Set(stored)).toEqual(new Set(tracked));
  expect(errors).toEqual([]);
});

test('a batch whose answer is lost on the way back is sent again with the same ids and stored once', async () => {
  const { stack } = e2e;
  // the first batch reaches the collector, its answer is cut off halfway back
  const proxy = await startFaultProxy(stack.collectorUrl, { next: ['cutResponse'] });
  try {
    const events = new ServerEvents({
      endpoint: proxy.url,
      secretKey: 'sk_demo',
      retryDelay: 50,
      onError: (error) => expect.fail(error.message),
    });
    const tracked = [1, 2, 3].map((n) => events.track('plan_upgraded', { userId: `lossy-${n}` }));
    await events.close();
    expect(proxy.counts).toMatchObject({ cutResponse: 1, forwarded: 2, retried: 1, accepted: 3, duplicates: 3 });
    expect(storedIds('lossy-')).toEqual(tracked);
  } finally {
    await proxy.close();
  }
});

test("the demo's Upgrade is reported by Acme's server (@growthkit/node, secret key) as plan_upgraded for the signed-in user", async () => {
  const { stack, browser } = e2e;
  const context = await browser.newContext();
  await context.addInitScript((workspace) => localStorage.setItem('acme:workspace', workspace), trialWorkspace('trial-upgrader'));
  const page = await context.newPage();
  await page.goto(`${stack.demoUrl}/account`);
  await page.click('#upgrade');

  const upgrades = () => stack.storedEvents().filter((event) => event.name === 'plan_upgraded' && event.user_id === 'trial-upgrader');
  await expect.poll(upgrades, { timeout: 10_000 }).toHaveLength(1);
  const [upgraded] = upgrades();
  expect(JSON.parse(upgraded.props)).toEqual({ from: 'trial', to: 'growth' });
  await context.close();
});
