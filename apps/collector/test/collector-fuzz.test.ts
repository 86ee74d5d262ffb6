// @vitest-environment node
import { Agent } from 'node:http';
import { isDeepStrictEqual } from 'node:util';
import type { EventInput, IngestResult } from '@growthkit/core';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { makeEvent, postEvents, startTestCollector, type TestCollector } from './collector-fixture.ts';
import { FUZZ_KINDS, type FuzzCase, type FuzzKind } from './fuzz/fuzz-case.ts';
import { FuzzCases } from './fuzz/fuzz-cases.ts';
import { type HttpOutcome, httpExchange } from './fuzz/http-exchange.ts';
import { outcomeProblem } from './fuzz/outcome-problem.ts';
import { rawExchange } from './fuzz/raw-exchange.ts';
import { SeededRandom } from './fuzz/seeded-random.ts';
import { expectedRow } from './fuzz/valid-events.ts';
import type { EventRow } from '../src/store/stored-rows.ts';

const SEED = 20_261_122;
/** Requests per kind: 10,000 and more in all, the cheap kinds most often. */
const COUNTS: Record<FuzzKind, number> = {
  valid: 1_000,
  'broken-json': 1_000,
  'wrong-types': 2_300,
  huge: 40,
  deep: 300,
  'invalid-utf8': 500,
  'proto-keys': 800,
  sql: 600,
  duplicates: 600,
  'content-type': 500,
  cut: 500,
  'raw-line': 400,
  keys: 700,
  'empty-batch': 300,
  'not-array': 500,
};
// Enough requests at once that concurrent batches share the store's group commits, as they do in production.
const CONCURRENCY = 32;
const PHASES = 10;
/** Every request is answered (or its connection closed) within this, even on a loaded 2-core machine. */
const ANSWER_WITHIN_MS = 10_000;

/** A stored row in the wire event's shape, so it compares with what was sent. */
const rowAsEvent = (row: EventRow) => {
  const optional = {
    userId: row.user_id,
    accountId: row.account_id,
    sessionId: row.session_id,
    campaignId: row.campaign_id,
    experiment: row.experiment,
    variant: row.variant,
    context: row.context === null ? null : (JSON.parse(row.context) as unknown),
  };
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    ts: row.ts,
    anonymousId: row.anonymous_id,
    props: JSON.parse(row.props) as unknown,
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== null)),
  };
};

/** Runs `work` over `items`, at most `limit` at a time. */
async function inPool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next]!;
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

let collector: TestCollector;
beforeAll(async () => {
  // The fuzzer is one caller sending thousands of requests a second: the limiter is tested on its own below.
  collector = await startTestCollector({ rateLimit: { perSecond: 1_000_000, burst: 1_000_000 } });
});
afterAll(async () => {
  await collector.close();
});

test(`${Object.values(COUNTS).reduce((sum, count) => sum + count)} generated malformed requests over loopback: every one answered in time as it must be, the collector keeps serving, and exactly the valid events are stored, each once`, async () => {
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype);
  const random = new SeededRandom(SEED);
  const maker = new FuzzCases(random);
  const cases: FuzzCase[] = random.shuffle(FUZZ_KINDS.flatMap((kind) => Array.from({ length: COUNTS[kind] }, () => maker.make(kind))));
  expect(cases.length).toBeGreaterThanOrEqual(10_000);

  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const base = new URL(collector.url);
  const timing = new Map<FuzzKind, { count: number; totalMs: number; maxMs: number }>(
    FUZZ_KINDS.map((kind) => [kind, { count: 0, totalMs: 0, maxMs: 0 }]),
  );
  const problems: string[] = [];
  const answered = { accepted: 0, duplicates: 0 };
  const started = performance.now();
  const phaseSize = Math.ceil(cases.length / PHASES);
  for (let phase = 0; phase < PHASES; phase++) {
    await inPool(cases.slice(phase * phaseSize, (phase + 1) * phaseSize), CONCURRENCY, async (fuzzCase) => {
      const sentAt = performance.now();
      const outcome =
        fuzzCase.request.via === 'http'
          ? await httpExchange(base, agent, fuzzCase.request, ANSWER_WITHIN_MS)
          : await rawExchange(collector.port, fuzzCase.request, ANSWER_WITHIN_MS);
      const ms = performance.now() - sentAt;
      const kind = timing.get(fuzzCase.kind)!;
      kind.count += 1;
      kind.totalMs += ms;
      kind.maxMs = Math.max(kind.maxMs, ms);
      const problem = outcomeProblem(fuzzCase.expect, outcome);
      if (problem !== undefined) problems.push(`${fuzzCase.kind}: ${problem}`);
      if (fuzzCase.expect.answer === 'batch' && problem === undefined) {
        const result = JSON.parse((outcome as Extract<HttpOutcome, { body: string }>).body) as IngestResult;
        answered.accepted += result.accepted;
        answered.duplicates += result.duplicates;
      }
    });
    // Between phases: the process still serves an ordinary request.
    expect(await collector.healthy(), `health after phase ${phase + 1}`).toBe(true);
  }
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  logged.mockRestore();

  console.log(
    [
      `collector fuzz, seed ${SEED}: ${cases.length} requests in ${seconds.toFixed(1)} s, ${CONCURRENCY} at a time`,
      ...[...timing].map(
        ([kind, { count, totalMs, maxMs }]) =>
          `  ${kind.padEnd(13)} ${String(count).padStart(5)}  mean ${(totalMs / count).toFixed(1)} ms  max ${maxMs.toFixed(0)} ms`,
      ),
    ].join('\n'),
  );

  expect(problems.slice(0, 20), `${problems.length} cases answered wrongly`).toEqual([]);
  expect(logged, 'nothing reached the unexpected-error path').not.toHaveBeenCalled();
  expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeKeys);

  // Exactly the valid events sent in answered batches are stored, once each, as sent.
  const expected = new Map<string, EventInput>();
  let occurrences = 0;
  for (const { expect: expectation } of cases) {
    if (expectation.answer !== 'batch') continue;
    for (const event of expectation.valid) expected.set(event.id, event);
    occurrences += expectation.valid.length;
  }
  const rows = collector.query<EventRow>("SELECT * FROM events WHERE project_id = 'demo'");
  expect(new Set(rows.map((row) => row.id)).size, 'each id stored once').toBe(rows.length);
  expect(rows.length).toBe(expected.size);
  const strangers = rows.filter((row) => !expected.has(row.id)).map((row) => row.id);
  expect(strangers).toEqual([]);
  const altered = rows.filter((row) => !isDeepStrictEqual(rowAsEvent(row), JSON.parse(JSON.stringify(expectedRow(expected.get(row.id)!)))));
  // The first few differences shown field by field, then the count, which must be none.
  expect(altered.slice(0, 3).map(rowAsEvent)).toEqual(altered.slice(0, 3).map((row) => expectedRow(expected.get(row.id)!)));
  expect(altered.length, 'stored rows that differ from what was sent').toBe(0);
  expect(answered).toEqual({ accepted: expected.size, duplicates: occurrences - expected.size });
}, 120_000);

test('the rate limiter answers 429 with Retry-After and JSON naming the rule once a caller passes its burst, and lets it through again after that wait', async () => {
  const limited = await startTestCollector({ rateLimit: { perSecond: 5, burst: 10 } });
  try {
    const events = Array.from({ length: 40 }, () => makeEvent());
    const answers = await Promise.all(events.map((event) => postEvents(limited, JSON.stringify({ events: [event] }))));
    const statuses = answers.map((res) => res.status);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(10);
    expect(statuses.filter((status) => status !== 200 && status !== 429)).toEqual([]);
    const refused = answers.filter((res) => res.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    const waits = refused.map((res) => Number(res.headers.get('retry-after')));
    for (const wait of waits) expect(Number.isInteger(wait) && wait >= 1).toBe(true);
    for (const res of refused) {
      expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({
        code: 'rate_limited',
        message: expect.stringMatching(/retry in \d+ s/),
      });
    }
    const stored = limited.query<{ id: string }>('SELECT id FROM events').map((row) => row.id);
    expect(stored.sort()).toEqual(
      events
        .filter((_, index) => statuses[index] === 200)
        .map((event) => event.id)
        .sort(),
    );

    await new Promise((resolve) => setTimeout(resolve, Math.max(...waits) * 1000));
    const after = await postEvents(limited, JSON.stringify({ events: [makeEvent()] }));
    expect(after.status).toBe(200);
    expect(await limited.healthy()).toBe(true);
  } finally {
    await limited.close();
  }
});
