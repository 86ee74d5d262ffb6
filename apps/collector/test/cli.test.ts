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
