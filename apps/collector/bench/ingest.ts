// Ingest throughput on SQLite (SPEC §11: ≥ 100,000 events/s with batches of 50 on 2 cores): batches of 50 events from
// 16 connections over loopback, the collector in its own process (as deployed, rate limit lifted), this process only
// sending. Ids are time-ordered as the SDK makes them; one more run sends random ids, as older SDKs did.
// Run: pnpm exec tsx apps/collector/bench/ingest.ts
import { budgetFigure } from '../../../scripts/bench-budgets.ts';
import { reportBench } from '../../../scripts/bench-report.ts';
import { spawnCollector } from './support/collector-process.ts';
import { cpuSeconds, mainThreadCpuSeconds } from './support/cpu-time.ts';
import { type Ids, sendLoad } from './support/event-batches.ts';
import { loadNow, mark, median, today, whole } from './support/run-figures.ts';

const BATCH = 50;
const CONNECTIONS = 16;
const RUNS = 3;
const SECONDS = 5;
const BUDGET = 100_000;

interface Run {
  perSecond: number;
  /** CPU time the collector process (all its threads) spent per stored event, µs */
  collectorUs: number;
  /** of which its main thread (HTTP, parsing, validation), µs */
  mainUs: number;
  /** CPU time this sending process spent per stored event, µs */
  clientUs: number;
}

const collector = await spawnCollector();
const measure = async (ids: Ids, seconds = SECONDS): Promise<Run> => {
  const [collectorBefore, mainBefore, clientBefore] = [cpuSeconds(collector.pid), mainThreadCpuSeconds(collector.pid), process.cpuUsage()];
  const { stored, seconds: elapsed } = await sendLoad({
    urls: [collector.url],
    connections: CONNECTIONS,
    seconds,
    eventsPerRequest: BATCH,
    sender: 'server',
    ids,
  });
  const client = process.cpuUsage(clientBefore);
  return {
    perSecond: stored / elapsed,
    collectorUs: ((cpuSeconds(collector.pid) - collectorBefore) / stored) * 1e6,
    mainUs: ((mainThreadCpuSeconds(collector.pid) - mainBefore) / stored) * 1e6,
    clientUs: (client.user + client.system) / stored,
  };
};

const loadBefore = loadNow();
const runs: Run[] = [];
let random: Run;
try {
  // a short warm-up, so no measured run pays for the JIT or the writer thread's start
  await measure('time-ordered', 1);
  for (let run = 0; run < RUNS; run++) runs.push(await measure('time-ordered'));
  random = await measure('random');
} finally {
  await collector.stop();
}
const loadAfter = loadNow();

const perSecond = median(runs.map((run) => run.perSecond));
const collectorUs = median(runs.map((run) => run.collectorUs));
const mainUs = median(runs.map((run) => run.mainUs));
const otherUs = collectorUs - mainUs;
const clientUs = median(runs.map((run) => run.clientUs));
/** What the measured CPU per event allows on two free cores: each thread's share on a core of its own, the client on neither. */
const twoCoreCeiling = 1e6 / Math.max(mainUs, otherUs);
const met = perSecond >= BUDGET;
const cell = (run: Run) => `${whole(run.perSecond)} ev/s, ${run.collectorUs.toFixed(1)} µs`;

reportBench({
  id: 'ingest-sqlite',
  title: 'Ingest, batches of 50 (SPEC §11: ≥ 100,000 events/s on 2 cores, SQLite)',
  markdown: `\`apps/collector/bench/ingest.ts\` runs the collector in its own process (rate limit lifted) on a fresh SQLite file and
posts batches of ${BATCH} events from ${CONNECTIONS} connections for ${SECONDS} s per run, ${RUNS} runs after a 1 s warm-up, counting
the events the collector answered as stored. Ids are time-ordered (the time first, as the SDK makes them); a last run sends
random ids, as older SDKs did and any other sender may. µs is the CPU time the collector's process (all its threads)
spent per stored event: unlike events per second it hardly moves with the machine's load. Run:
\`pnpm exec tsx apps/collector/bench/ingest.ts\`.

| measured (UTC) | load before / after | runs: events/s, collector CPU per event | median | random ids | budget |
|---|---|---|---|---|---|
| ${today()} | ${loadBefore} / ${loadAfter} | ${runs.map(cell).join('; ')} | **${whole(perSecond)} ev/s**, ${collectorUs.toFixed(1)} µs | ${cell(random)} | ${mark(met)} ≥ ${whole(BUDGET)} |

Where the collector's CPU goes (median): the main thread (HTTP, JSON, validation) ${mainUs.toFixed(1)} µs per event, its other
threads (the SQLite writer, the garbage collector's helpers) ${otherUs.toFixed(1)} µs; with a free core for each, that allows
about ${whole(twoCoreCeiling)} events/s. The sending client spent ${clientUs.toFixed(1)} µs per event on the same cores.`,
  figures: {
    eventsPerSecond: Math.round(perSecond),
    runs: runs.map((run) => Math.round(run.perSecond)),
    collectorCpuUsPerEvent: Math.round(collectorUs * 10) / 10,
    mainThreadCpuUsPerEvent: Math.round(mainUs * 10) / 10,
    otherThreadsCpuUsPerEvent: Math.round(otherUs * 10) / 10,
    twoFreeCoresEventsPerSecond: Math.round(twoCoreCeiling),
    clientCpuUsPerEvent: Math.round(clientUs * 10) / 10,
    randomIds: { eventsPerSecond: Math.round(random.perSecond), collectorCpuUsPerEvent: Math.round(random.collectorUs * 10) / 10 },
    loadBefore,
    loadAfter,
    budget: BUDGET,
    met,
    budgets: { ingestSqlite: budgetFigure(`${whole(perSecond)} events/s (median)`, met) },
  },
});
