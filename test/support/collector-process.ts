import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.ts';

const CLI = fileURLToPath(new URL('../../apps/collector/src/cli.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the collector's command line (`pnpm collector`) and resolves once it says it listens. */
function spawnCli(port: number, dbPath: string, databaseUrl: string | undefined): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--port', String(port), '--db', dbPath, '--seed-demo'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl ?? '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const exited = (code: number | null) => reject(new Error(`the collector exited with ${code} before listening`));
    child.once('exit', exited);
    let said = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (!said.includes('listening on')) return;
      child.off('exit', exited);
      resolve(child);
    });
  });
}

/**
 * The collector as deployed: its own process (the command line, through tsx) on a fixed port and a SQLite file in a
 * temp dir — or the PostgreSQL database at `databaseUrl`, which several of them may share — demo project seeded. `crash` is a real crash (SIGKILL: no handler runs, nothing is flushed or closed);
 * `restart` starts it again on the same port and file.
 */
export async function startCollectorProcess(options: { databaseUrl?: string } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'growthkit-process-'));
  const dbPath = join(dir, 'growthkit.sqlite');
  const port = await freePort();
  let child: ChildProcess | undefined = await spawnCli(port, dbPath, options.databaseUrl);

  const kill = (signal: NodeJS.Signals) => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null || running.signalCode !== null) return Promise.resolve();
    return new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill(signal);
    });
  };

  return {
    url: `http://127.0.0.1:${port}`,
    dbPath,
    get running() {
      return child !== undefined;
    },
    crash: () => kill('SIGKILL'),
    async restart() {
      await kill('SIGKILL');
      child = await spawnCli(port, dbPath, options.databaseUrl);
    },
    async close() {
      await kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
