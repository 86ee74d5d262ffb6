import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_RATE_LIMIT, rateLimitOf } from './http/rate-limit.ts';
import { startCollector } from './index.ts';
import { PROJECT_COMMANDS, PROJECT_USAGE, runProjectCommand, type ProjectCommand } from './project-commands.ts';
import { isLoopbackHost } from './projects/loopback-host.ts';

const USAGE = `Usage: pnpm collector [--port 8787] [--db ./growthkit.sqlite] [--host 127.0.0.1] [--rate-limit 2000] [--sdk-dir dir] [--seed-demo]
  --port        port to listen on (env GROWTHKIT_PORT; default 8787; 0 picks a free one)
  --db          SQLite file, created when missing (env GROWTHKIT_DB; default ./growthkit.sqlite)
  --host        address to listen on (env GROWTHKIT_HOST; default 127.0.0.1)
  --rate-limit  requests per second per key and address, in bursts of twice that; 0 turns it off
                (env GROWTHKIT_RATE_LIMIT; default 2000)
  --sdk-dir     folder served under /sdk/ (env GROWTHKIT_SDK_DIR; default the checkout's dist/sdk, which pnpm build
                upgrades in place, keeping earlier builds' chunks: docs/DEPLOYMENT.md)
  --seed-demo   create the demo project (keys pk_demo / sk_demo) if absent; only with a loopback --host
${PROJECT_USAGE}
Environment:
  DATABASE_URL               postgres://… : store in PostgreSQL (several collectors may share it) instead of --db
  GROWTHKIT_RETENTION_DAYS   PostgreSQL: drop events older than this many days (whole months) and refuse older ones`;

function fail(message: string): never {
  console.error(`growthkit collector: ${message}\n\n${USAGE}`);
  process.exit(2);
}

const [command, ...commandArgs] = process.argv.slice(2);
if (command !== undefined && PROJECT_COMMANDS.includes(command)) {
  const code = await runProjectCommand(command as ProjectCommand, commandArgs, fail).catch((error: Error) =>
    fail(`${command} failed: ${error.message}`),
  );
  process.exit(code);
}

function readOptions() {
  try {
    const { values } = parseArgs({
      options: {
        port: { type: 'string', default: process.env.GROWTHKIT_PORT ?? '8787' },
        db: { type: 'string', default: process.env.GROWTHKIT_DB ?? './growthkit.sqlite' },
        host: { type: 'string', default: process.env.GROWTHKIT_HOST ?? '127.0.0.1' },
        'rate-limit': { type: 'string', default: process.env.GROWTHKIT_RATE_LIMIT ?? String(DEFAULT_RATE_LIMIT.perSecond) },
        'sdk-dir': { type: 'string', default: process.env.GROWTHKIT_SDK_DIR },
        'seed-demo': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    return values;
  } catch (error) {
    return fail((error as Error).message);
  }
}

const options = readOptions();
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const port = Number(options.port);
if (!/^\d+$/.test(options.port) || port > 65_535) fail(`--port must be a whole number from 0 to 65535, got "${options.port}"`);
if (options.db.trim() === '') fail('--db must name a file');
if (!/^\d{1,9}$/.test(options['rate-limit'])) {
  fail(`--rate-limit must be a whole number of requests per second (0 turns the limit off), got "${options['rate-limit']}"`);
}
const databaseUrl = process.env.DATABASE_URL || undefined;
if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) fail('DATABASE_URL must start with postgres://');
const retention = process.env.GROWTHKIT_RETENTION_DAYS;
if (retention !== undefined && !/^[1-9]\d{0,5}$/.test(retention)) {
  fail(`GROWTHKIT_RETENTION_DAYS must be a whole number of days from 1, got "${retention}"`);
}
const sdkDir = options['sdk-dir'];
if (sdkDir !== undefined && statSync(sdkDir, { throwIfNoEntry: false })?.isDirectory() !== true) {
  fail(`--sdk-dir must name a directory (a built dist/sdk, or a copy that keeps earlier releases), got "${sdkDir}"`);
}
if (options['seed-demo'] && !isLoopbackHost(options.host)) {
  fail(
    `--seed-demo with --host ${options.host} would publish the demo keys sk_demo / pk_demo (in the README) to the network: ` +
      'anyone could read every event and change campaigns. Seed the demo on 127.0.0.1 only; for a reachable collector ' +
      'create a project with its own keys: pnpm collector create-project --name "Acme" --origin https://app.acme.com',
  );
}
if (retention !== undefined && databaseUrl === undefined) fail('GROWTHKIT_RETENTION_DAYS needs DATABASE_URL: SQLite keeps everything');

const collector = await startCollector({
  port,
  host: options.host,
  databaseUrl,
  dbPath: options.db,
  rateLimit: rateLimitOf(Number(options['rate-limit'])),
  ...(retention !== undefined && { retentionDays: Number(retention) }),
  seedDemo: options['seed-demo'],
  ...(sdkDir !== undefined && { sdkDir }),
}).catch((error: Error) => fail(`could not start: ${error.message}`));
console.log(
  `GrowthKit collector listening on ${collector.url} (${databaseUrl === undefined ? `SQLite: ${options.db}` : 'PostgreSQL'}${options['seed-demo'] ? '; demo keys pk_demo / sk_demo' : ''})`,
);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: closing the server and the database`);
  collector.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error('growthkit collector: failed to close cleanly', error);
      process.exit(1);
    },
  );
};
// SIGHUP comes when the terminal or SSH session that started the collector closes: node's default ends the process
// at once, cutting requests in progress.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal));
