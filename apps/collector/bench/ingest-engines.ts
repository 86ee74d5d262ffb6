// Ingest throughput by deployment (docs/DEPLOYMENT.md): batches of 50 events for about 5 s each against one collector
// on SQLite, one collector on PostgreSQL, and two collectors sharing one PostgreSQL, each collector in its own process,
// this process only sending (16 batches in flight in all). PostgreSQL is a private cluster of the installed server
// with its default (durable) settings. Run: pnpm exec tsx apps/collector/bench/ingest-engines.ts
import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { Agent, request } from 'node:http';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { postgresBin, startPostgresCluster } from '../../../test/support/postgres-cluster.ts';
import { type ServerProcess, spawnCollector } from './support/collector-process.ts';
import { cpuSeconds, treeCpuSeconds } from './support/cpu-time.ts';

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

interface Figure {
  setup: string;
  perSecond: number;
  /** CPU time the collector processes spent per stored event, in µs */
  collectorUs: number;
  /** CPU time PostgreSQL spent per stored event, in µs (0 on SQLite, which runs inside the collector) */
  databaseUs: number;
}

/**
 * Sends to the collectors in turn (as a round-robin load balancer would), then stops them. The CPU times are what
 * make figures from a shared machine comparable: events per second fall with the load, µs per event hardly move.
 */
async function measure(setup: string, collectors: ServerProcess[], databasePid?: number): Promise<Figure> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const collectorCpu = () => collectors.reduce((sum, collector) => sum + cpuSeconds(collector.pid), 0);
  const databaseCpu = () => (databasePid === undefined ? 0 : treeCpuSeconds(databasePid));
  const [collectorBefore, databaseBefore] = [collectorCpu(), databaseCpu()];
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
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  const collectorSeconds = collectorCpu() - collectorBefore;
  await Promise.all(collectors.map((collector) => collector.stop()));
  // the database's connection processes have exited with the pools; give the server a moment to collect them
  await new Promise((resolve) => setTimeout(resolve, 500));
  const databaseSeconds = databaseCpu() - databaseBefore;
  return {
    setup,
    perSecond: accepted / seconds,
    collectorUs: (collectorSeconds / accepted) * 1e6,
    databaseUs: (databaseSeconds / accepted) * 1e6,
  };
}

const loadBefore = loadavg();
const figures: Figure[] = [];
let bytesPerEvent = 0;
figures.push(await measure('one collector, SQLite', [await spawnCollector()]));

const cluster = await startPostgresCluster({ durable: true });
try {
  const psql = (url: string, sql: string) =>
    execFileSync(join(postgresBin(), 'psql'), [url, '-X', '-q', '-At', '-c', sql], { encoding: 'utf8' }).trim();
  const postmaster = Number(readFileSync(join(cluster.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const databases = ['one', 'two'].map((name) => {
    psql(cluster.url, `CREATE DATABASE bench_${name}`);
    return cluster.urlFor(`bench_${name}`);
  });
  figures.push(await measure('one collector, PostgreSQL', [await spawnCollector(databases[0])], postmaster));
  // What a stored event costs on disk: the events partitions with their indexes, and its row in event_ids.
  bytesPerEvent = Number(
    psql(
      databases[0]!,
      `SELECT round(((SELECT sum(pg_total_relation_size(inhrelid)) FROM pg_inherits WHERE inhparent = 'events'::regclass)
         + pg_total_relation_size('event_ids')) / (SELECT count(*) FROM event_ids))`,
    ),
  );
  const pair = await Promise.all([spawnCollector(databases[1]), spawnCollector(databases[1])]);
  figures.push(await measure('two collectors, one PostgreSQL', pair, postmaster));
} finally {
  cluster.stop();
}

const load = (averages: number[]) => averages.map((average) => average.toFixed(2)).join(' ');
console.log(`${new Date().toISOString()}: load average ${load(loadBefore)} before, ${load(loadavg())} after`);
console.log(`PostgreSQL: ${bytesPerEvent} bytes per stored event (events with its indexes, and event_ids)`);
for (const { setup, perSecond, collectorUs, databaseUs } of figures) {
  console.log(
    `ingest ${setup}: ${Math.round(perSecond).toLocaleString('en')} events/s stored (batches of ${BATCH}, ${CONCURRENCY} in flight); ` +
      `CPU per event: collector ${collectorUs.toFixed(1)} µs${databaseUs > 0 ? `, PostgreSQL ${databaseUs.toFixed(1)} µs` : ''}`,
  );
}
