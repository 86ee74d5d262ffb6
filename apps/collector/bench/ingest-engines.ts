// Ingest throughput by deployment (docs/DEPLOYMENT.md): batches of 50 events for about 5 s each against one collector
// on SQLite, one collector on PostgreSQL, and two collectors sharing one PostgreSQL, each collector in its own process,
// this process only sending (16 batches in flight in all). PostgreSQL is a private cluster of the installed server
// with its default (durable) settings. Run: pnpm exec tsx apps/collector/bench/ingest-engines.ts
import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { Agent, request } from 'node:http';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { postgresBin, startPostgresCluster } from '../../../test/support/postgres-cluster.ts';
import { type ServerProcess, spawnCollector } from './support/collector-process.ts';

const BATCH = 50;
const CONCURRENCY = 16;
const SECONDS = 5;

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
  for (let i = 0; i < BATCH; i++) events.push(head + randomUUID() + tail);
  return `{"events":[${events.join(',')}]}`;
};

const post = (agent: Agent, url: string, body: string) =>
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

/** Sends to the collectors in turn (as a round-robin load balancer would) and returns events stored per second. */
async function measure(collectors: ServerProcess[]): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  let accepted = 0;
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, worker) => {
      const url = collectors[worker % collectors.length]!.url;
      while (performance.now() < deadline) {
        // awaited first: `accepted += await …` would add to the value read before the wait, losing other workers' counts
        const stored = await post(agent, url, batch());
        accepted += stored;
      }
    }),
  );
  agent.destroy();
  return accepted / ((performance.now() - started) / 1000);
}

const loadBefore = loadavg();
const figures: [string, number][] = [];
let bytesPerEvent = 0;
const sqlite = await spawnCollector();
figures.push(['one collector, SQLite', await measure([sqlite])]);
await sqlite.stop();

const cluster = await startPostgresCluster({ durable: true });
try {
  const databases = ['one', 'two'].map((name) => {
    execFileSync(join(postgresBin(), 'psql'), [cluster.url, '-X', '-q', '-c', `CREATE DATABASE bench_${name}`]);
    return cluster.urlFor(`bench_${name}`);
  });
  const alone = await spawnCollector(databases[0]);
  figures.push(['one collector, PostgreSQL', await measure([alone])]);
  await alone.stop();
  // What a stored event costs on disk: the events partitions with their indexes, and its row in event_ids.
  const size = execFileSync(
    join(postgresBin(), 'psql'),
    [
      databases[0]!,
      '-X',
      '-At',
      '-c',
      `SELECT round(((SELECT sum(pg_total_relation_size(inhrelid)) FROM pg_inherits WHERE inhparent = 'events'::regclass)
         + pg_total_relation_size('event_ids')) / (SELECT count(*) FROM event_ids))`,
    ],
    { encoding: 'utf8' },
  ).trim();
  bytesPerEvent = Number(size);
  const pair = await Promise.all([spawnCollector(databases[1]), spawnCollector(databases[1])]);
  figures.push(['two collectors, one PostgreSQL', await measure(pair)]);
  await Promise.all(pair.map((collector) => collector.stop()));
} finally {
  cluster.stop();
}

const load = (averages: number[]) => averages.map((average) => average.toFixed(2)).join(' ');
console.log(`${new Date().toISOString()}: load average ${load(loadBefore)} before, ${load(loadavg())} after`);
console.log(`PostgreSQL: ${bytesPerEvent} bytes per stored event (events with its indexes, and event_ids)`);
for (const [setup, perSecond] of figures) {
  console.log(
    `ingest ${setup}: ${Math.round(perSecond).toLocaleString('en')} events/s stored (batches of ${BATCH}, ${CONCURRENCY} in flight)`,
  );
}
