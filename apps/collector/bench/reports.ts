// Reports on a large project, SQLite against PostgreSQL (docs/DEPLOYMENT.md, "Reports"): the QA review's history of
// 3,000 users and 93,000 events (scripts/gen.mjs of the ops review: 30 events each over 40 days, four of five of them
// funnel steps), sent to one collector per engine, each in its own process. Measured: the event funnel over four steps,
// and the worst /healthz answer while a report with a computed-trait segment (risk:high, every user replayed) runs, the
// health check asked every 20 ms as a liveness probe would. PostgreSQL is a private cluster of the installed server.
// Run: pnpm exec tsx apps/collector/bench/reports.ts
import { setTimeout as sleep } from 'node:timers/promises';
import { startPostgresCluster } from '../../../test/support/postgres-cluster.ts';
import { reportBench } from '../../../scripts/bench-report.ts';
import { type ServerProcess, spawnCollector } from './support/collector-process.ts';
import { loadNow, median, today, whole } from './support/run-figures.ts';

const USERS = 3_000;
const EVENTS_PER_USER = 30;
const NAMES = ['doc_created', 'report_generated', 'teammate_invited', 'file_uploaded', 'page_viewed'];
const FUNNEL = `/v1/admin/reports/event-funnel?steps=${NAMES.slice(0, 4).join(',')}`;
const FUNNEL_RUNS = 3;
const DAY = 86_400_000;
const HEALTH_EVERY_MS = 20;

/** The ops review's generated history, in batches of 500 as its script sends them. */
function batches(now: number): unknown[][] {
  const events: unknown[] = [];
  for (let u = 0; u < USERS; u++) {
    const who = { anonymousId: `gen-anon-${u}`, userId: `gen-user-${u}`, accountId: `gen-acct-${u % 300}` };
    events.push({
      id: `gen-identify-${u}-aaaa`,
      type: 'identify',
      name: 'identify',
      ts: new Date(now - 40 * DAY + u * 1000).toISOString(),
      props: { plan: ['trial', 'basic', 'growth'][u % 3], seats: 5 },
      ...who,
    });
    for (let i = 0; i < EVENTS_PER_USER; i++)
      events.push({
        id: `gen-ev-${u}-${i}-aaaa`,
        type: 'track',
        name: NAMES[(u + i) % 5],
        ts: new Date(now - ((u * 7 + i * 31) % 40) * DAY - i * 1000).toISOString(),
        props: {},
        ...who,
      });
  }
  return Array.from({ length: Math.ceil(events.length / 500) }, (_, k) => events.slice(k * 500, (k + 1) * 500));
}

const admin = { authorization: 'Bearer sk_demo' };

async function send(url: string, now: number): Promise<void> {
  const queue = batches(now);
  const worker = async () => {
    for (let batch = queue.shift(); batch !== undefined; batch = queue.shift()) {
      const res = await fetch(`${url}/v1/events`, {
        method: 'POST',
        headers: { ...admin, 'content-type': 'application/json' },
        body: JSON.stringify({ events: batch }),
      });
      if (res.status !== 200) throw new Error(`ingest answered ${res.status}: ${await res.text()}`);
      await res.arrayBuffer();
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

/** Milliseconds from asking `path` to its whole answer (which must be 200). */
async function timed(url: string, path: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${url}${path}`, { headers: admin });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  return performance.now() - started;
}

interface EngineFigures {
  engine: string;
  funnelMs: number;
  funnelRuns: number[];
  segmentedMs: number;
  worstHealthMs: number;
  healthChecks: number;
}

async function measure(engine: string, collector: ServerProcess): Promise<EngineFigures> {
  try {
    const now = Date.now();
    await send(collector.url, now);
    const funnelRuns: number[] = [];
    for (let run = 0; run < FUNNEL_RUNS; run++) funnelRuns.push(await timed(collector.url, FUNNEL));
    const segmented = `/v1/admin/reports/metrics?from=${new Date(now - 60 * DAY).toISOString()}&segment=risk:high`;
    let done = false;
    const report = timed(collector.url, segmented).finally(() => {
      done = true;
    });
    const health: number[] = [];
    while (!done) {
      health.push(await timed(collector.url, '/healthz'));
      await sleep(HEALTH_EVERY_MS);
    }
    return {
      engine,
      funnelMs: median(funnelRuns),
      funnelRuns,
      segmentedMs: await report,
      worstHealthMs: Math.max(...health),
      healthChecks: health.length,
    };
  } finally {
    await collector.stop();
  }
}

const loadBefore = loadNow();
const engines: EngineFigures[] = [await measure('SQLite', await spawnCollector())];
const cluster = await startPostgresCluster({ durable: true });
try {
  engines.push(await measure('PostgreSQL', await spawnCollector(cluster.url)));
} finally {
  cluster.stop();
}
const loadAfter = loadNow();

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
reportBench({
  id: 'reports-engines',
  title: 'Reports on 93,000 events: the event funnel and /healthz during a segmented report, SQLite and PostgreSQL',
  markdown: `\`apps/collector/bench/reports.ts\` sends the ops review's history (${whole(USERS)} users, ${whole(USERS * (EVENTS_PER_USER + 1))}
events over 40 days) to one collector per engine, each in its own process (PostgreSQL: a private cluster of the
installed server), then times \`GET ${FUNNEL}\` (median of ${FUNNEL_RUNS}), and asks \`/healthz\` every ${HEALTH_EVERY_MS} ms while
\`/v1/admin/reports/metrics?…&segment=risk:high\` runs (every user's history replayed for a computed trait). Before
these fixes the review measured the funnel at 3 min 58 s on PostgreSQL (1.4 s on SQLite), and /healthz stalled ~4 s
during such a report on both engines. Run: \`pnpm exec tsx apps/collector/bench/reports.ts\`.

| measured (UTC) | load before / after | engine | event funnel (runs) | segmented report | worst /healthz during it (checks) |
|---|---|---|---|---|---|
${engines
  .map(
    (figures) =>
      `| ${today()} | ${loadBefore} / ${loadAfter} | ${figures.engine} | ${seconds(figures.funnelMs)} (${figures.funnelRuns.map((ms) => seconds(ms)).join(' / ')}) | ${seconds(figures.segmentedMs)} | ${whole(figures.worstHealthMs)} ms (${figures.healthChecks}) |`,
  )
  .join('\n')}`,
  figures: {
    engines: engines.map((figures) => ({
      engine: figures.engine,
      eventFunnelMs: Math.round(figures.funnelMs),
      eventFunnelRunsMs: figures.funnelRuns.map(Math.round),
      segmentedReportMs: Math.round(figures.segmentedMs),
      worstHealthzMs: Math.round(figures.worstHealthMs),
      healthChecks: figures.healthChecks,
    })),
    loadBefore,
    loadAfter,
  },
});
