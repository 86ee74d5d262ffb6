import { setTimeout as sleep } from 'node:timers/promises';

/** One step of a chaos run: what happens `at` ms after the run starts. */
export interface TimedStep {
  at: number;
  name: string;
  run(): unknown;
}

/** When each step actually ran, ms after the start (a step waits for the one before it). */
export type TimelineLog = { name: string; at: number }[];

/**
 * Runs the steps in order, each at its time, and says when each ran. A step that has to wait for a slow one before it
 * (a collector taking long to start) shifts the rest by as much, so the gaps between them hold: an offline minute
 * stays a minute.
 */
export async function runTimeline(steps: readonly TimedStep[]): Promise<TimelineLog> {
  const start = Date.now();
  const log: TimelineLog = [];
  let late = 0;
  for (const step of steps) {
    const due = step.at + late;
    // a timer may fire a millisecond before Date.now() reaches its time: a minute offline would last 59,999 ms
    while (Date.now() - start < due) await sleep(due - (Date.now() - start));
    const at = Date.now() - start;
    late = at - step.at;
    log.push({ name: step.name, at });
    await step.run();
  }
  return log;
}
