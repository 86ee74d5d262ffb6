// How a benchmark hands its figures to `pnpm bench` (scripts/bench.ts). Each bench runs in its own process; it prints
// its section for people and, when the orchestrator names a file in GROWTHKIT_BENCH_OUT, writes the same section and
// its figures there as JSON. The orchestrator puts every section into docs/BENCHMARKS.md and every figure into
// bench/results.json, so both files always come from one run.
import { writeFileSync } from 'node:fs';

type Figure = number | string | boolean | null | Figure[] | { [name: string]: Figure };

export interface BenchReport {
  /** stable key in bench/results.json, e.g. "ingest-sqlite" */
  id: string;
  /** the section's heading in docs/BENCHMARKS.md */
  title: string;
  /** the section's body: what was measured, how, the table, and whether each budget holds */
  markdown: string;
  /** the measured figures, by name (medians, p95s, ratios, budgets and whether they hold) */
  figures: { [name: string]: Figure };
}

export function reportBench(report: BenchReport): void {
  console.log(`\n## ${report.title}\n\n${report.markdown}`);
  const out = process.env.GROWTHKIT_BENCH_OUT;
  if (out) writeFileSync(out, JSON.stringify(report, null, 2));
}
