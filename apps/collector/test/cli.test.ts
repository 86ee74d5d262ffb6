// @vitest-environment node
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { startCollector } from '../src/index.ts';
import { makeEvent } from './collector-fixture.ts';

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

test('SIGHUP (the terminal or SSH session that ran it closed) shuts down as gracefully as SIGTERM: the database is closed, its WAL folded in', async () => {
  const db = join(dir, 'hangup.sqlite');
  const cli = run(['--port', '0', '--db', db, '--seed-demo']);
  await expect.poll(() => cli.output().stdout, { timeout: 15_000 }).toMatch(/listening on/);
  const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(cli.output().stdout)![1];
  const events = Array.from({ length: 60 }, () => makeEvent());
  const stored = await fetch(`${url}/v1/events?key=pk_demo`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
  });
  expect(await stored.json()).toMatchObject({ accepted: 60 });
  expect(existsSync(`${db}-wal`)).toBe(true);

  cli.child.kill('SIGHUP');
  expect(await cli.exited).toBe(0);
  expect(cli.output().stdout).toMatch(/SIGHUP: closing the server and the database/);
  expect(existsSync(`${db}-wal`)).toBe(false);
}, 30_000);

test('a bad flag or port is refused with a message naming it and the usage', async () => {
  const unknown = run(['--prot', '8787']);
  expect(await unknown.exited).toBe(2);
  expect(unknown.output().stderr).toMatch(/Unknown option '--prot'[\s\S]*Usage: pnpm collector/);

  const badPort = run(['--port', 'eighty']);
  expect(await badPort.exited).toBe(2);
  expect(badPort.output().stderr).toMatch(/--port must be a whole number from 0 to 65535, got "eighty"/);
}, 30_000);

test('--trusted-proxies N counts each caller by the address its proxy saw in X-Forwarded-For; a bad value is refused', async () => {
  const cli = run(['--port', '0', '--db', join(dir, 'proxied.sqlite'), '--seed-demo', '--rate-limit', '1', '--trusted-proxies', '1']);
  await expect.poll(() => cli.output().stdout, { timeout: 15_000 }).toMatch(/listening on/);
  const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(cli.output().stdout)![1];
  try {
    const from = async (address: string) =>
      (await fetch(`${url}/v1/config?key=pk_demo`, { headers: { 'x-forwarded-for': address } })).status;
    // bursts of 2: the third read from one browser is over, another browser's first is not
    expect([await from('203.0.113.1'), await from('203.0.113.1'), await from('203.0.113.1'), await from('203.0.113.2')]).toEqual([
      200, 200, 429, 200,
    ]);
  } finally {
    cli.child.kill('SIGTERM');
    await cli.exited;
  }
  const tooMany = run(['--trusted-proxies', '12']);
  expect(await tooMany.exited).toBe(2);
  expect(tooMany.output().stderr).toMatch(
    /--trusted-proxies must be the number of reverse proxies in front of the collector, 0 to 9, got "12"/,
  );
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

test('a database in memory is refused before anything starts: the writer threads would each get an empty one of their own', async () => {
  const memory = run(['--port', '0', '--db', ':memory:', '--seed-demo']);
  expect(await memory.exited).toBe(2);
  expect(memory.output().stderr).toMatch(
    /--db must name a file on disk, got ":memory:": the collector's writer threads open the file again/,
  );
  const uri = run(['--port', '0'], { GROWTHKIT_DB: 'file:events?mode=memory' });
  expect(await uri.exited).toBe(2);
  expect(uri.output().stderr).toMatch(/GROWTHKIT_DB must name a file on disk, got "file:events\?mode=memory"/);
  // in code too
  await expect(startCollector({ port: 0, dbPath: ':memory:' })).rejects.toThrow(/the SQLite path must name a file on disk/);
}, 30_000);

test('a failure to start says what failed, naming the path or the variable, without the usage burying it', async () => {
  const taken = await startCollector({ port: 0, dbPath: join(dir, 'first.sqlite') });
  try {
    const second = run(['--port', String(taken.port), '--db', join(dir, 'second.sqlite')]);
    expect(await second.exited).toBe(2);
    expect(second.output().stderr).toMatch(/could not start: listen EADDRINUSE/);
    expect(second.output().stderr).not.toMatch(/Usage:/);
  } finally {
    await taken.close();
  }

  const directory = run(['--port', '0', '--db', dir]);
  expect(await directory.exited).toBe(2);
  expect(directory.output().stderr).toMatch(`could not start: the SQLite path ${dir} is a directory: name a file in it`);
  expect(directory.output().stderr).not.toMatch(/Usage:/);
  const noFolder = run(['--port', '0', '--db', join(dir, 'no', 'such', 'x.sqlite')]);
  expect(await noFolder.exited).toBe(2);
  expect(noFolder.output().stderr).toMatch(`cannot open the SQLite file ${join(dir, 'no', 'such', 'x.sqlite')}`);

  // a bad value set in the environment is named as the variable, not as a flag the operator never typed
  const emptyPort = run([], { GROWTHKIT_PORT: '' });
  expect(await emptyPort.exited).toBe(2);
  expect(emptyPort.output().stderr).toMatch(/^growthkit collector: GROWTHKIT_PORT must be a whole number from 0 to 65535, got ""/);
  const flagged = run(['--port', 'x'], { GROWTHKIT_PORT: '8787' });
  expect(await flagged.exited).toBe(2);
  expect(flagged.output().stderr).toMatch(/^growthkit collector: --port must be a whole number/);

  // a negative number is a value to refuse, not an "ambiguous" option
  const negative = run(['--rate-limit', '-1']);
  expect(await negative.exited).toBe(2);
  expect(negative.output().stderr).toMatch(
    /--rate-limit must be a whole number of requests per second \(0 turns the limit off\), got "-1"/,
  );
}, 60_000);

/** Runs a one-shot command of the CLI to its end. */
async function command(args: string[], env: Record<string, string> = {}) {
  const cli = run(args, env);
  const code = await cli.exited;
  return { code, ...cli.output() };
}

const keysIn = (stdout: string) => ({
  publishableKey: /publishable key:\s+(pk_\S+)/.exec(stdout)?.[1] ?? '',
  secretKey: /secret key:\s+(sk_\S+)/.exec(stdout)?.[1] ?? '',
});

test('create-project makes a project with random keys and its origins, prints the keys once and refuses a taken name or a bad origin', async () => {
  const db = join(dir, 'prod.sqlite');
  const created = await command([
    'create-project',
    '--name',
    'Acme Docs',
    '--origin',
    'https://app.acme.com',
    '--origin',
    'http://localhost:*',
    '--db',
    db,
  ]);
  expect(created.code).toBe(0);
  expect(created.stdout).toMatch(/project:\s+acme-docs/);
  const keys = keysIn(created.stdout);
  expect(keys.publishableKey).toMatch(/^pk_[A-Za-z0-9_-]{32}$/);
  expect(keys.secretKey).toMatch(/^sk_[A-Za-z0-9_-]{32}$/);
  const other = keysIn((await command(['create-project', '--name', 'Other', '--origin', 'https://other.example', '--db', db])).stdout);
  expect(other.secretKey).not.toBe(keys.secretKey);

  const collector = await startCollector({ port: 0, dbPath: db });
  try {
    const config = await fetch(`${collector.url}/v1/config?key=${keys.publishableKey}`, { headers: { origin: 'https://app.acme.com' } });
    expect(config.status).toBe(200);
    const foreign = await fetch(`${collector.url}/v1/config?key=${keys.publishableKey}`, { headers: { origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    const admin = await fetch(`${collector.url}/v1/admin/events`, { headers: { authorization: `Bearer ${keys.secretKey}` } });
    expect(admin.status).toBe(200);
    expect((await fetch(`${collector.url}/v1/admin/events`, { headers: { authorization: 'Bearer sk_demo' } })).status).toBe(401);
  } finally {
    await collector.close();
  }

  const again = await command(['create-project', '--name', 'acme docs', '--origin', 'https://app.acme.com', '--db', db]);
  expect(again.code).toBe(1);
  expect(again.stderr).toMatch(
    /a project "acme-docs" already exists; give it new keys with: pnpm collector rotate-keys --project acme-docs/,
  );
  const badOrigin = await command(['create-project', '--name', 'x', '--origin', 'https://app.acme.com/', '--db', db]);
  expect(badOrigin.code).toBe(2);
  expect(badOrigin.stderr).toMatch(/--origin must be a scheme and host .* got "https:\/\/app\.acme\.com\/"/);
}, 60_000);

test('rotate-keys gives a project new keys: the old ones are refused, the new ones work; an unknown project is an error', async () => {
  const db = join(dir, 'rotate.sqlite');
  const old = keysIn((await command(['create-project', '--name', 'acme', '--origin', 'https://app.acme.com', '--db', db])).stdout);
  const rotated = await command(['rotate-keys', '--project', 'acme', '--db', db]);
  expect(rotated.code).toBe(0);
  const fresh = keysIn(rotated.stdout);
  expect(fresh.secretKey).toMatch(/^sk_[A-Za-z0-9_-]{32}$/);
  expect(fresh.secretKey).not.toBe(old.secretKey);

  const collector = await startCollector({ port: 0, dbPath: db });
  try {
    const status = async (key: string) =>
      (await fetch(`${collector.url}/v1/admin/events`, { headers: { authorization: `Bearer ${key}` } })).status;
    expect(await status(old.secretKey)).toBe(401);
    expect(await status(fresh.secretKey)).toBe(200);
    expect((await fetch(`${collector.url}/v1/config?key=${old.publishableKey}`)).status).toBe(401);
  } finally {
    await collector.close();
  }

  const unknown = await command(['rotate-keys', '--project', 'nope', '--db', db]);
  expect(unknown.code).toBe(1);
  expect(unknown.stderr).toMatch(/there is no project "nope"/);
}, 60_000);

test('the demo keys are never served beyond loopback: --seed-demo with another --host is refused, and so is a database holding them', async () => {
  const seeded = await command(['--port', '0', '--host', '0.0.0.0', '--seed-demo', '--db', join(dir, 'demo.sqlite')]);
  expect(seeded.code).toBe(2);
  expect(seeded.stderr).toMatch(/--seed-demo with --host 0\.0\.0\.0 would publish the demo keys[\s\S]*pnpm collector create-project/);
  expect(existsSync(join(dir, 'demo.sqlite'))).toBe(false);

  // seeded once on loopback, then started for the network
  const db = join(dir, 'was-demo.sqlite');
  await (await startCollector({ port: 0, dbPath: db, seedDemo: true })).close();
  const exposed = await command(['--port', '0', '--host', '0.0.0.0', '--db', db]);
  expect(exposed.code).toBe(2);
  expect(exposed.stderr).toMatch(/public demo key sk_demo[\s\S]*pnpm collector rotate-keys --project demo/);
  await command(['rotate-keys', '--project', 'demo', '--db', db]);
  const collector = await startCollector({ port: 0, host: '0.0.0.0', dbPath: db });
  await collector.close();
}, 60_000);

test('--sdk-dir (or GROWTHKIT_SDK_DIR) serves /sdk/ from a folder that keeps earlier releases; a missing folder is refused', async () => {
  const sdk = join(dir, 'sdk');
  mkdirSync(join(sdk, 'widgets', 'chunks'), { recursive: true });
  writeFileSync(join(sdk, 'growthkit.js'), '/* this release */');
  writeFileSync(join(sdk, 'widgets', 'chunks', 'shared-OLDREL01.js'), '/* the previous release */');
  const cli = run(['--port', '0', '--db', join(dir, 'sdk.sqlite')], { GROWTHKIT_SDK_DIR: sdk });
  await expect.poll(() => cli.output().stdout, { timeout: 15_000 }).toMatch(/listening on/);
  const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(cli.output().stdout)![1];
  try {
    expect(await (await fetch(`${url}/sdk/growthkit.js`)).text()).toBe('/* this release */');
    const old = await fetch(`${url}/sdk/widgets/chunks/shared-OLDREL01.js`);
    expect(old.status).toBe(200);
    expect(old.headers.get('cache-control')).toMatch(/immutable/);
  } finally {
    cli.child.kill('SIGTERM');
    await cli.exited;
  }
  const missing = await command(['--sdk-dir', join(dir, 'nope')]);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toMatch(/--sdk-dir must name a directory/);
}, 60_000);
