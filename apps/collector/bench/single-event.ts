// Single-event requests against a bare node:http server (SPEC §11: the collector must reach 60% of its rate). Both run in
// their own process and are driven by the same client at the same concurrency in the same run, over loopback: the bare
// server only reads the body and answers 200; the collector authenticates the publishable key, checks the origin,
// validates and stores the event and answers per event. Alternating rounds even out drift in the machine's load.
// Run: pnpm exec tsx apps/collector/bench/single-event.ts
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { spawnCollector, spawnServer, type ServerProcess } from './support/collector-process.ts';

const CONCURRENCY = 16;
const ROUNDS = 2;
const SECONDS_PER_ROUND = 4;
const ORIGIN = 'http://localhost:5173';

// One event as the SDK sends it, with a fresh id each time (a repeated id would only be counted as a duplicate).
const [head, tail] = JSON.stringify({
  events: [
    {
      id: '\u0000',
      type: 'track',
      name: 'doc_created',
      ts: new Date().toISOString(),
      anonymousId: 'bench-anon',
      userId: 'bench-user',
      props: { plan: 'growth' },
      context: { url: `${ORIGIN}/docs`, locale: 'en', sdkVersion: '0.1.0' },
    },
  ],
}).split('\\u0000');

/** Requests per second from CONCURRENCY loops of one-event POSTs for `seconds`; every answer must be a 200. */
async function drive(url: string, seconds: number): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const post = () =>
    new Promise<void>((resolve, reject) => {
      const req = request(
        `${url}/v1/events?key=pk_demo`,
        { method: 'POST', agent, headers: { 'content-type': 'text/plain', origin: ORIGIN } },
        (res) => {
          res.resume();
          res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`answered ${res.statusCode}`))));
        },
      );
      req.on('error', reject);
      req.end(head + randomUUID() + tail);
    });
  let requests = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        await post();
        requests++;
      }
    }),
  );
  agent.destroy();
  return requests / ((performance.now() - started) / 1000);
}

const bare = await spawnServer(fileURLToPath(new URL('./support/bare-http-server.ts', import.meta.url)));
const collector = await spawnCollector();
const rates: Record<'bare' | 'collector', number[]> = { bare: [], collector: [] };
try {
  // a short warm-up each, so neither pays for its JIT inside a measured round
  for (const server of [bare, collector] as ServerProcess[]) await drive(server.url, 0.5);
  for (let round = 0; round < ROUNDS; round++) {
    rates.bare.push(await drive(bare.url, SECONDS_PER_ROUND));
    rates.collector.push(await drive(collector.url, SECONDS_PER_ROUND));
  }
} finally {
  await Promise.all([bare.stop(), collector.stop()]);
}

const mean = (list: number[]) => list.reduce((sum, rate) => sum + rate, 0) / list.length;
const format = (list: number[]) =>
  `${Math.round(mean(list)).toLocaleString('en')} requests/s (${list.map((rate) => Math.round(rate).toLocaleString('en')).join(' / ')})`;
const ratio = mean(rates.collector) / mean(rates.bare);
console.log(
  `single-event requests: collector ${format(rates.collector)}, bare node:http ${format(rates.bare)}; ` +
    `ratio ${(ratio * 100).toFixed(0)}% (budget ≥ 60%), ${CONCURRENCY} in flight, ${ROUNDS} × ${SECONDS_PER_ROUND} s each`,
);
