// @vitest-environment node
import { createServer, connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { expect, test, vi } from 'vitest';
import { usePostgresDatabase } from '../../../test/support/postgres-database.ts';
import { startCollector } from '../src/index.ts';
import { makeEvent } from './collector-fixture.ts';

// PostgreSQL out of reach (restart, failover, network) is a storage failure: 503 with Retry-After, which the SDK
// resends, rather than a 500 and a stack per request.
const database = usePostgresDatabase();

/** A TCP relay in front of the database that the test can cut: a collector behind it sees the server go away. */
async function relayTo(url: string) {
  const target = new URL(url);
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const relayed = new URL(url);
  relayed.port = String((server.address() as AddressInfo).port);
  return {
    url: relayed.toString(),
    cut: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

test('events and state answer 503 with Retry-After while PostgreSQL cannot be reached, logged once; /readyz answers 503', async () => {
  const relay = await relayTo(database.url);
  const collector = await startCollector({ port: 0, databaseUrl: relay.url, seedDemo: true });
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    const send = () =>
      fetch(`${collector.url}/v1/events?key=pk_demo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ events: [makeEvent()] }),
      });
    expect((await send()).status).toBe(200);
    await relay.cut();

    const answers = [await send(), await send(), await fetch(`${collector.url}/v1/state?key=pk_demo&anonymousId=a1`)];
    for (const res of answers) {
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('storage_unavailable');
    }
    expect((await fetch(`${collector.url}/readyz`)).status).toBe(503);
    const lines = logged.mock.calls.map(([line]) => JSON.parse(String(line)) as { event: string });
    expect(lines.map(({ event }) => event)).toEqual(['storage_failing']);
  } finally {
    logged.mockRestore();
    await collector.close();
  }
}, 60_000);
