import { setTimeout as sleep } from 'node:timers/promises';

/** One step of a chaos run: what happens `at` ms after the run starts. */
export interface TimedStep {
  at: number;
  name: string;
  run(): unknown;
}

/** When each step actually ran, ms after the start (a step waits for the one before it). */
export type TimelineLog = { name: string; at: number }[];

/** Runs the steps in order, each at its time or as soon as the one before it has finished, and says when each ran. */
export async function runTimeline(steps: readonly TimedStep[]): Promise<TimelineLog> {
  const start = Date.now();
  const log: TimelineLog = [];
  for (const step of steps) {
    await sleep(Math.max(0, step.at - (Date.now() - start)));
    log.push({ name: step.name, at: Date.now() - start });
    await step.run();
  }
  return log;
}
