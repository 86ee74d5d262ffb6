// Single-event requests against a bare node:http server (SPEC §11: the collector must reach 60% of its rate), at 1, 10
// and 100 connections. Both run in their own process and are driven by the same client in the same run, over
// loopback: the bare server only reads the body and answers 200; the collector authenticates the publishable key,
// checks the origin, validates and stores the event and answers per event. Alternating rounds even out drift in the
// machine's load. Run: pnpm exec tsx apps/collector/bench/single-event.ts
import { fileURLToPath } from 'node:url';
import { budgetFigure } from '../../../scripts/bench-budgets.ts';
import { reportBench } from '../../../scripts/bench-report.ts';
import { spawnCollector, spawnServer, type ServerProcess } from './support/collector-process.ts';
import { sendLoad } from './support/event-batches.ts';
import { loadNow, mark, median, percentile, today, whole } from './support/run-figures.ts';

const CONNECTIONS = [1, 10, 100];
const ROUNDS = 3;
const SECONDS_PER_ROUND = 2;
const BUDGET = 0.6;

interface Measured {
  /** requests per second, one per round */
  rates: number[];
  /** every request's latency over all rounds, ms */
  latencies: number[];
}

const drive = async (server: ServerProcess, connections: number, seconds: number, into?: Measured) => {
  const result = await sendLoad({ urls: [server.url], connections, seconds, eventsPerRequest: 1, sender: 'browser' });
  into?.rates.push(result.requests / result.seconds);
  into?.latencies.push(...result.latencies);
};

const bare = await spawnServer(fileURLToPath(new URL('./support/bare-http-server.ts', import.meta.url)));
const collector = await spawnCollector();
const loadBefore = loadNow();
const measured = CONNECTIONS.map((connections) => ({
  connections,
  bare: { rates: [], latencies: [] } as Measured,
  collector: { rates: [], latencies: [] } as Measured,
}));
try {
  // a short warm-up each, so neither pays for its JIT inside a measured round
  for (const server of [bare, collector]) await drive(server, 10, 0.5);
  for (const { connections, bare: bareFigures, collector: collectorFigures } of measured) {
    for (let round = 0; round < ROUNDS; round++) {
      await drive(bare, connections, SECONDS_PER_ROUND, bareFigures);
      await drive(collector, connections, SECONDS_PER_ROUND, collectorFigures);
    }
  }
} finally {
  await Promise.all([bare.stop(), collector.stop()]);
}
const loadAfter = loadNow();

const rows = measured.map(({ connections, bare: bareFigures, collector: collectorFigures }) => {
  const summary = ({ rates, latencies }: Measured) => ({
    perSecond: median(rates),
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
  });
  const [bareSummary, collectorSummary] = [summary(bareFigures), summary(collectorFigures)];
  const ratio = collectorSummary.perSecond / bareSummary.perSecond;
  return { connections, bare: bareSummary, collector: collectorSummary, ratio, met: ratio >= BUDGET };
});
const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);

reportBench({
  id: 'single-event',
  title: "Single-event requests (SPEC §11: ≥ 60% of a bare node:http server's rate, same run)",
  markdown: `\`apps/collector/bench/single-event.ts\` starts a bare \`node:http\` server that only reads the body and answers 200
(\`bench/support/bare-http-server.ts\`) and the collector (rate limit lifted), each in its own process, and drives both
from the same client over loopback: one event per request as the browser sends it (\`?key=pk_demo\`, \`text/plain\`, an
allowed \`Origin\`), at ${CONNECTIONS.join(', ')} connections, ${ROUNDS} alternating rounds of ${SECONDS_PER_ROUND} s per server and
connection count, after a short warm-up. Rates are the median of the rounds; latencies (send to the end of the answer)
are over all rounds. Run: \`pnpm exec tsx apps/collector/bench/single-event.ts\`.

Measured ${today()} UTC, load ${loadBefore} before, ${loadAfter} after.

| connections | collector requests/s | bare requests/s | ratio | collector p50 / p99 | bare p50 / p99 | budget ≥ 60% |
|---|---|---|---|---|---|---|
${rows
  .map(
    (row) =>
      `| ${row.connections} | ${whole(row.collector.perSecond)} | ${whole(row.bare.perSecond)} | ${(row.ratio * 100).toFixed(0)}% | ` +
      `${ms(row.collector.p50)} / ${ms(row.collector.p99)} ms | ${ms(row.bare.p50)} / ${ms(row.bare.p99)} ms | ${mark(row.met)} |`,
  )
  .join('\n')}`,
  figures: {
    byConnections: rows.map((row) => ({
      connections: row.connections,
      collectorPerSecond: Math.round(row.collector.perSecond),
      barePerSecond: Math.round(row.bare.perSecond),
      ratio: Math.round(row.ratio * 1000) / 1000,
      collectorP50Ms: Math.round(row.collector.p50 * 100) / 100,
      collectorP99Ms: Math.round(row.collector.p99 * 100) / 100,
      bareP50Ms: Math.round(row.bare.p50 * 100) / 100,
      bareP99Ms: Math.round(row.bare.p99 * 100) / 100,
      met: row.met,
    })),
    budget: BUDGET,
    met: rows.every((row) => row.met),
    budgets: {
      singleEvent: budgetFigure(
        rows.map((row) => `${(row.ratio * 100).toFixed(0)}% at ${row.connections}`).join(', '),
        rows.every((row) => row.met),
      ),
    },
    loadBefore,
    loadAfter,
  },
});
