import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const require = createRequire(import.meta.url);

/**
 * A worker thread running the TypeScript module at `file` like the rest of the collector, through tsx: its require
 * hook, as Node 20 applies no module hooks (`--import tsx`) to worker threads.
 */
export function startTypeScriptThread(file: URL, workerData: unknown): Worker {
  const source = `require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register();
require(${JSON.stringify(fileURLToPath(file))});`;
  return new Worker(source, { eval: true, workerData });
}
