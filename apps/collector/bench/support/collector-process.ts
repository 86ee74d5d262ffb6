// A collector in its own process, as deployed, so a benchmark's client does not share its event loop.
// Run alone as `tsx collector-process.ts <sqlite file | postgres://…>`: starts the collector (rate limit lifted, so it is not what is
// measured) and prints its URL.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCollector } from '../../src/index.ts';

export interface ServerProcess {
  url: string;
  /** the child's process id, to read its CPU time */
  pid: number;
  stop(): Promise<void>;
}

/** Starts `file` (a tsx script that prints its URL as the first line) in a child process. */
export async function spawnServer(file: string, args: string[] = []): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code} before printing its URL`)));
    child.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
  });
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * A collector over a fresh SQLite file in a temp dir (stop() also deletes it), or over the PostgreSQL database at
 * `databaseUrl`; demo project seeded.
 */
export async function spawnCollector(databaseUrl?: string): Promise<ServerProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'growthkit-bench-'));
  const server = await spawnServer(fileURLToPath(import.meta.url), [databaseUrl ?? join(dir, 'bench.sqlite')]);
  return {
    url: server.url,
    pid: server.pid,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = process.argv[2]!;
  const collector = await startCollector({
    port: 0,
    ...(target.startsWith('postgres://') ? { databaseUrl: target } : { dbPath: target }),
    seedDemo: true,
    // a benchmark measures the collector, not its limit (the command line's `--rate-limit 0`)
    rateLimit: false,
  });
  console.log(collector.url);
}
