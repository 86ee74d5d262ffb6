// Ingest throughput by deployment (docs/DEPLOYMENT.md): batches of 50 events against one collector on SQLite, one
// collector on PostgreSQL, and two collectors sharing one PostgreSQL, each collector in its own process, this process
// only sending (16 connections in all). PostgreSQL is a private cluster of the installed server with its default
// (durable) settings. PostgreSQL figures are reported, not budgeted (SPEC §11 budgets SQLite).
// Run: pnpm exec tsx apps/collector/bench/ingest-engines.ts
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { postgresBin, startPostgresCluster } from '../../../test/support/postgres-cluster.ts';
import { reportBench } from '../../../scripts/bench-report.ts';
import { type ServerProcess, spawnCollector } from './support/collector-process.ts';
import { cpuSeconds, treeCpuSeconds } from './support/cpu-time.ts';
import { sendLoad } from './support/event-batches.ts';
import { loadNow, median, today, whole } from './support/run-figures.ts';

const BATCH = 50;
const CONNECTIONS = 16;
const RUNS = 2;
const SECONDS = 4;

interface Run {
  perSecond: number;
  /** CPU time the collector processes spent per stored event, in µs */
  collectorUs: number;
  /** CPU time PostgreSQL spent per stored event, in µs (0 on SQLite, which runs inside the collector) */
  databaseUs: number;
}

interface Setup {
  name: string;
  runs: Run[];
}

/**
 * Sends to the collectors in turn (as a round-robin load balancer would): a 1 s warm-up, then RUNS runs; then stops
 * them. The CPU times are what make figures from a shared machine comparable: events per second fall with the load,
 * µs per event hardly move.
 */
async function measure(name: string, collectors: ServerProcess[], databasePid?: number): Promise<Setup> {
  const collectorCpu = () => collectors.reduce((sum, collector) => sum + cpuSeconds(collector.pid), 0);
  const databaseCpu = () => (databasePid === undefined ? 0 : treeCpuSeconds(databasePid));
  const load = (seconds: number) =>
    sendLoad({ urls: collectors.map(({ url }) => url), connections: CONNECTIONS, seconds, eventsPerRequest: BATCH, sender: 'server' });
  const runs: Run[] = [];
  try {
    await load(1);
    for (let run = 0; run < RUNS; run++) {
      const [collectorBefore, databaseBefore] = [collectorCpu(), databaseCpu()];
      const { stored, seconds } = await load(SECONDS);
      runs.push({
        perSecond: stored / seconds,
        collectorUs: ((collectorCpu() - collectorBefore) / stored) * 1e6,
        // PostgreSQL's background writers may still be busy with the run's last commits: counted in the next run, or lost
        databaseUs: ((databaseCpu() - databaseBefore) / stored) * 1e6,
      });
    }
  } finally {
    await Promise.all(collectors.map((collector) => collector.stop()));
  }
  return { name, runs };
}

const loadBefore = loadNow();
const setups: Setup[] = [];
setups.push(await measure('one collector, SQLite', [await spawnCollector()]));

let bytesPerEvent = 0;
const cluster = await startPostgresCluster({ durable: true });
try {
  const psql = (url: string, sql: string) =>
    execFileSync(join(postgresBin(), 'psql'), [url, '-X', '-q', '-At', '-c', sql], { encoding: 'utf8' }).trim();
  const postmaster = Number(readFileSync(join(cluster.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const databases = ['one', 'two'].map((name) => {
    psql(cluster.url, `CREATE DATABASE bench_${name}`);
    return cluster.urlFor(`bench_${name}`);
  });
  setups.push(await measure('one collector, PostgreSQL', [await spawnCollector(databases[0])], postmaster));
  // What a stored event costs on disk: the events partitions with their indexes, and its row in event_ids.
  bytesPerEvent = Number(
    psql(
      databases[0]!,
      `SELECT round(((SELECT sum(pg_total_relation_size(inhrelid)) FROM pg_inherits WHERE inhparent = 'events'::regclass)
         + pg_total_relation_size('event_ids')) / (SELECT count(*) FROM event_ids))`,
    ),
  );
  const pair = await Promise.all([spawnCollector(databases[1]), spawnCollector(databases[1])]);
  setups.push(await measure('two collectors, one PostgreSQL', pair, postmaster));
} finally {
  cluster.stop();
}
const loadAfter = loadNow();

const summary = setups.map(({ name, runs }) => ({
  name,
  perSecond: median(runs.map((run) => run.perSecond)),
  collectorUs: median(runs.map((run) => run.collectorUs)),
  databaseUs: median(runs.map((run) => run.databaseUs)),
  runs: runs.map((run) => Math.round(run.perSecond)),
}));
const cpu = ({ collectorUs, databaseUs }: { collectorUs: number; databaseUs: number }) =>
  databaseUs > 0 ? `${collectorUs.toFixed(1)} + ${databaseUs.toFixed(1)} µs` : `${collectorUs.toFixed(1)} µs`;

reportBench({
  id: 'ingest-engines',
  title: 'Ingest by deployment: SQLite, PostgreSQL, two collectors on one PostgreSQL',
  markdown: `\`apps/collector/bench/ingest-engines.ts\` posts batches of ${BATCH} (time-ordered ids as the SDK makes them,
${CONNECTIONS} connections) to one collector on SQLite, one on PostgreSQL (a private cluster of the installed server,
default durable settings), and two sharing one PostgreSQL, each collector in its own process: a 1 s warm-up, then
${RUNS} runs of ${SECONDS} s per setup. µs is the CPU time the collector processes (+ the PostgreSQL server) spent per stored
event, which hardly moves with the machine's load. PostgreSQL is reported, not budgeted. Run:
\`pnpm exec tsx apps/collector/bench/ingest-engines.ts\`.

| measured (UTC) | load before / after | ${summary.map(({ name }) => name).join(' | ')} | PG bytes/event |
|---|---|${summary.map(() => '---|').join('')}---|
| ${today()} | ${loadBefore} / ${loadAfter} | ${summary
    .map((setup) => `median ${whole(setup.perSecond)} ev/s (${setup.runs.map(whole).join(' / ')}); ${cpu(setup)}`)
    .join(' | ')} | ${bytesPerEvent} |`,
  figures: {
    setups: summary.map((setup) => ({
      name: setup.name,
      eventsPerSecond: Math.round(setup.perSecond),
      runs: setup.runs,
      collectorCpuUsPerEvent: Math.round(setup.collectorUs * 10) / 10,
      databaseCpuUsPerEvent: Math.round(setup.databaseUs * 10) / 10,
    })),
    postgresBytesPerEvent: bytesPerEvent,
    loadBefore,
    loadAfter,
  },
});
