// Ingest throughput: batches of 50 events over loopback for about 5 s, collector in its own process (as deployed),
// this process only sending. Run: pnpm exec tsx apps/collector/bench/ingest.ts
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { spawnCollector } from './support/collector-process.ts';

const BATCH = 50;
const CONCURRENCY = 16;
const SECONDS = 5;

const collector = await spawnCollector();
const url = collector.url;
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
// The client shares the 2 cores with the collector: batches are spliced from a pre-serialised event so that
// sending costs as little as possible and the figure measures the collector.
const [head, tail] = JSON.stringify({
  id: '\u0000',
  type: 'track',
  name: 'doc_created',
  ts: new Date().toISOString(),
  anonymousId: 'bench-anon',
  userId: 'bench-user',
  props: { plan: 'growth', size: 3 },
  context: { url: 'http://localhost:5173/docs', locale: 'en', sdkVersion: '0.1.0' },
}).split('\\u0000');
const batch = () => {
  const events: string[] = [];
  // Random ids, as devices make them: they land all over the unique index, unlike a counter.
  for (let i = 0; i < BATCH; i++) events.push(head + randomUUID() + tail);
  return `{"events":[${events.join(',')}]}`;
};
const post = (body: string) =>
  new Promise<number>((resolve, reject) => {
    const req = request(
      `${url}/v1/events`,
      { method: 'POST', agent, headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk));
        res.on('end', () =>
          res.statusCode === 200 ? resolve((JSON.parse(text) as { accepted: number }).accepted) : reject(new Error(text)),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });

let accepted = 0;
let requests = 0;
const started = performance.now();
const deadline = started + SECONDS * 1000;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (performance.now() < deadline) {
      const stored = await post(batch());
      accepted += stored;
      requests += 1;
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
agent.destroy();
await collector.stop();
console.log(
  `ingest: ${Math.round(accepted / seconds).toLocaleString('en')} events/s stored ` +
    `(${Math.round(requests / seconds).toLocaleString('en')} requests/s, batches of ${BATCH}, ${CONCURRENCY} in flight, ${seconds.toFixed(1)} s)`,
);
