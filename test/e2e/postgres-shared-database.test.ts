import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startCollectorProcess } from '../support/collector-process.ts';
import { psql, usePostgresDatabase } from '../support/postgres-database.ts';

// Several stateless collectors on one PostgreSQL (SPEC §8): whichever collector a batch reaches, and however often,
// each event id is stored once; a collector killed mid-batch loses nothing the SDK resends and stores nothing twice.
const database = usePostgresDatabase();
type CollectorProcess = Awaited<ReturnType<typeof startCollectorProcess>>;
let first: CollectorProcess;
let second: CollectorProcess;

beforeAll(async () => {
  [first, second] = await Promise.all([
    startCollectorProcess({ databaseUrl: database.url }),
    startCollectorProcess({ databaseUrl: database.url }),
  ]);
});
afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
});

const BATCH = 50;
/** 50,000 events through two collector processes take ~8 s on 2 idle cores and ~30 s at a load of 16. */
const TIMEOUT_MS = 120_000;

/** `count` events named `name`, in batches of 50, as SDKs send them. */
function batchesOf(name: string, count: number): string[][] {
  const ts = new Date().toISOString();
  return Array.from({ length: count / BATCH }, () =>
    Array.from({ length: BATCH }, () => JSON.stringify({ id: randomUUID(), type: 'track', name, ts, anonymousId: 'device', props: {} })),
  );
}

/** Posts one batch; resolves with the events it stored, rejects when no answer came (what makes an SDK resend). */
async function post(url: string, batch: string[]): Promise<number> {
  const res = await fetch(`${url}/v1/events`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' },
    body: `{"events":[${batch.join(',')}]}`,
  });
  const body = (await res.json()) as { accepted: number; duplicates: number };
  if (res.status !== 200) throw new Error(`answered ${res.status}: ${JSON.stringify(body)}`);
  return body.accepted;
}

/** Runs the sends `workers` at a time. */
async function inParallel<T>(jobs: (() => Promise<T>)[], workers: number): Promise<PromiseSettledResult<T>[]> {
  const results: PromiseSettledResult<T>[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < jobs.length) {
        const index = next++;
        results[index] = await jobs[index]!().then(
          (value) => ({ status: 'fulfilled', value }) as const,
          (reason: unknown) => ({ status: 'rejected', reason }) as const,
        );
      }
    }),
  );
  return results;
}

const stored = (name: string) =>
  psql(database.url, `SELECT count(*), count(DISTINCT id) FROM events WHERE name = '${name}'`)[0]!.map(Number) as [number, number];

test(
  'two collectors sharing one database receive 50,000 events with overlaps and store each id exactly once',
  async () => {
    const batches = batchesOf('shared_ingest', 50_000);
    const jobs = batches.flatMap((batch, i) => {
      // every tenth batch goes to both collectors at once, every tenth other one twice to the same collector
      if (i % 10 === 0) return [() => post(first.url, batch), () => post(second.url, batch)];
      if (i % 10 === 1) return [() => post(first.url, batch), () => post(first.url, batch)];
      return [() => post(i % 2 === 0 ? first.url : second.url, batch)];
    });
    const results = await inParallel(jobs, 16);

    expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
    const accepted = results.reduce((sum, result) => sum + (result.status === 'fulfilled' ? result.value : 0), 0);
    expect(accepted).toBe(50_000);
    expect(stored('shared_ingest')).toEqual([50_000, 50_000]);
  },
  TIMEOUT_MS,
);

test(
  'a collector killed mid-batch loses nothing that is resent and stores nothing twice',
  async () => {
    const batches = batchesOf('crash_ingest', 10_000);
    // Killed once 20 batches are answered, with 8 more in flight: no handler runs, nothing is flushed or closed.
    let answered = 0;
    let crashed: Promise<void> | undefined;
    const results = await inParallel(
      batches.map((batch) => async () => {
        const accepted = await post(first.url, batch);
        answered++;
        if (answered === 20) crashed = first.crash();
        return accepted;
      }),
      8,
    );
    await crashed;
    const unanswered = batches.filter((_, i) => results[i]!.status === 'rejected');
    expect(unanswered.length).toBeGreaterThan(0);
    expect(unanswered.length).toBeLessThan(batches.length);

    // What the SDK does: send again, to any collector, whatever got no answer (some of it may already be stored).
    const resent = await inParallel(
      unanswered.map((batch) => () => post(second.url, batch)),
      8,
    );
    expect(resent.filter((result) => result.status === 'rejected')).toEqual([]);
    const accepted = [...results, ...resent].reduce((sum, result) => sum + (result.status === 'fulfilled' ? result.value : 0), 0);
    expect(stored('crash_ingest')).toEqual([10_000, 10_000]);
    // every stored event was answered as accepted exactly once, before or after the crash, unless the crash took the answer
    expect(accepted).toBeLessThanOrEqual(10_000);
  },
  TIMEOUT_MS,
);
