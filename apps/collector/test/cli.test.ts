// @vitest-environment node
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, test } from 'vitest';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'growthkit-cli-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

test('starts on the given port and database (here from the environment), prints its URL and stops cleanly on SIGTERM', async () => {
  const db = join(dir, 'from-env.sqlite');
  const cli = run(['--port', '0', '--seed-demo'], { GROWTHKIT_DB: db });
  await expect.poll(() => cli.output().stdout, { timeout: 15_000 }).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
  const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(cli.output().stdout)![1];
  const config = await fetch(`${url}/v1/config?key=pk_demo`);
  expect(config.status).toBe(200);
  expect(existsSync(db)).toBe(true);

  cli.child.kill('SIGTERM');
  expect(await cli.exited).toBe(0);
  await expect(fetch(`${url}/healthz`)).rejects.toThrow();
}, 30_000);

test('a bad flag or port is refused with a message naming it and the usage', async () => {
  const unknown = run(['--prot', '8787']);
  expect(await unknown.exited).toBe(2);
  expect(unknown.output().stderr).toMatch(/Unknown option '--prot'[\s\S]*Usage: pnpm collector/);

  const badPort = run(['--port', 'eighty']);
  expect(await badPort.exited).toBe(2);
  expect(badPort.output().stderr).toMatch(/--port must be a whole number from 0 to 65535, got "eighty"/);
}, 30_000);

test('--rate-limit N allows N requests a second per key and address in bursts of 2N; 0 turns the limit off; a bad value is refused', async () => {
  /** starts the command line with `--rate-limit <limit>`; answers the statuses of `count` config reads sent at once */
  async function burst(limit: string, count: number) {
    const cli = run(['--port', '0', '--db', join(dir, `limit-${limit}.sqlite`), '--seed-demo', '--rate-limit', limit]);
    await expect.poll(() => cli.output().stdout, { timeout: 15_000 }).toMatch(/listening on/);
    const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(cli.output().stdout)![1];
    const started = performance.now();
    const answers = await Promise.all(Array.from({ length: count }, () => fetch(`${url}/v1/config?key=pk_demo`)));
    const seconds = (performance.now() - started) / 1000;
    cli.child.kill('SIGTERM');
    await cli.exited;
    return { statuses: answers.map((answer) => answer.status), seconds };
  }
  // 5 a second: a burst of 10 passes, and the rest wait (429) but for the 5 tokens a second the bucket regains
  const limited = await burst('5', 30);
  const passed = limited.statuses.filter((status) => status === 200).length;
  expect(passed).toBeGreaterThanOrEqual(10);
  expect(passed).toBeLessThanOrEqual(10 + Math.ceil(5 * limited.seconds));
  expect(limited.statuses.filter((status) => status === 429)).toHaveLength(30 - passed);
  // 0 is no limit at all, not a limit of none: every one of many requests at once passes
  expect(new Set((await burst('0', 300)).statuses)).toEqual(new Set([200]));

  const bad = run(['--rate-limit', 'lots']);
  expect(await bad.exited).toBe(2);
  expect(bad.output().stderr).toMatch(/--rate-limit must be a whole number of requests per second \(0 turns the limit off\), got "lots"/);
}, 45_000);
