import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MAX_TRUSTED_PROXIES } from './http/client-address.ts';
import { DEFAULT_RATE_LIMIT, rateLimitOf } from './http/rate-limit.ts';
import { startCollector } from './index.ts';
import { PROJECT_COMMANDS, PROJECT_USAGE, runProjectCommand, type ProjectCommand } from './project-commands.ts';
import { isLoopbackHost } from './projects/loopback-host.ts';
import { diskPathProblem } from './store/sqlite/disk-path-problem.ts';

const USAGE = `Usage: pnpm collector [--port 8787] [--db ./growthkit.sqlite] [--host 127.0.0.1] [--rate-limit 2000] [--trusted-proxies 0] [--sdk-dir dir] [--seed-demo]
  --port        port to listen on (env GROWTHKIT_PORT; default 8787; 0 picks a free one)
  --db          SQLite file, created when missing (env GROWTHKIT_DB; default ./growthkit.sqlite)
  --host        address to listen on (env GROWTHKIT_HOST; default 127.0.0.1)
  --rate-limit  requests per second per key and address, in bursts of twice that; 0 turns it off
                (env GROWTHKIT_RATE_LIMIT; default 2000)
  --trusted-proxies  reverse proxies in front (TLS, a load balancer): rate limits count each caller by the
                address in X-Forwarded-For that the outermost of them saw (env GROWTHKIT_TRUSTED_PROXIES; default 0)
  --sdk-dir     folder served under /sdk/ (env GROWTHKIT_SDK_DIR; default the checkout's dist/sdk, which pnpm build
                upgrades in place, keeping earlier builds' chunks: docs/DEPLOYMENT.md)
  --seed-demo   create the demo project (keys pk_demo / sk_demo) if absent; only with a loopback --host
${PROJECT_USAGE}
Environment:
  DATABASE_URL               postgres://… : store in PostgreSQL (several collectors may share it) instead of --db
  GROWTHKIT_RETENTION_DAYS   PostgreSQL: drop events older than this many days (whole months) and refuse older ones`;

/** A usage error: the message, then how the command is used. */
function fail(message: string): never {
  console.error(`growthkit collector: ${message}\n\n${USAGE}`);
  process.exit(2);
}

/** A failure of a well-formed command (the port taken, the database out of reach): the message alone, not buried in the usage. */
function failToStart(message: string): never {
  console.error(`growthkit collector: ${message}`);
  process.exit(2);
}

const [command, ...commandArgs] = process.argv.slice(2);
if (command !== undefined && PROJECT_COMMANDS.includes(command)) {
  const code = await runProjectCommand(command as ProjectCommand, commandArgs, fail).catch((error: Error) =>
    failToStart(`${command} failed: ${error.message}`),
  );
  process.exit(code);
}

/** The options that take a value, each with the environment variable that sets it when the flag is not given. */
const VALUE_OPTIONS = {
  port: 'GROWTHKIT_PORT',
  db: 'GROWTHKIT_DB',
  host: 'GROWTHKIT_HOST',
  'rate-limit': 'GROWTHKIT_RATE_LIMIT',
  'trusted-proxies': 'GROWTHKIT_TRUSTED_PROXIES',
  'sdk-dir': 'GROWTHKIT_SDK_DIR',
} as const;

/**
 * node's parseArgs takes a value that starts with "-" for another option ("argument is ambiguous"): `--rate-limit -1`
 * is handed over as `--rate-limit=-1`, so that its value is checked, and refused, like any other.
 */
function withNegativeValues(args: string[]): string[] {
  const handed: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const next = args[index + 1];
    if (arg.startsWith('--') && Object.hasOwn(VALUE_OPTIONS, arg.slice(2)) && next !== undefined && /^-\d/.test(next)) {
      handed.push(`${arg}=${next}`);
      index++;
    } else handed.push(arg);
  }
  return handed;
}

function readOptions() {
  try {
    const { values, tokens } = parseArgs({
      args: withNegativeValues(process.argv.slice(2)),
      options: {
        port: { type: 'string', default: process.env.GROWTHKIT_PORT ?? '8787' },
        db: { type: 'string', default: process.env.GROWTHKIT_DB ?? './growthkit.sqlite' },
        host: { type: 'string', default: process.env.GROWTHKIT_HOST ?? '127.0.0.1' },
        'rate-limit': { type: 'string', default: process.env.GROWTHKIT_RATE_LIMIT ?? String(DEFAULT_RATE_LIMIT.perSecond) },
        'trusted-proxies': { type: 'string', default: process.env.GROWTHKIT_TRUSTED_PROXIES ?? '0' },
        'sdk-dir': { type: 'string', default: process.env.GROWTHKIT_SDK_DIR },
        'seed-demo': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
      tokens: true,
    });
    const given = new Set(tokens.flatMap((token) => (token.kind === 'option' ? [token.name] : [])));
    /** What set an option, for a message about its value: the flag, or the environment variable when the flag was not given. */
    const source = (name: keyof typeof VALUE_OPTIONS) =>
      !given.has(name) && process.env[VALUE_OPTIONS[name]] !== undefined ? VALUE_OPTIONS[name] : `--${name}`;
    return { ...values, source };
  } catch (error) {
    return fail((error as Error).message);
  }
}

const options = readOptions();
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const { source } = options;
const port = Number(options.port);
if (!/^\d+$/.test(options.port) || port > 65_535) fail(`${source('port')} must be a whole number from 0 to 65535, got "${options.port}"`);
const dbProblem = diskPathProblem(options.db);
if (dbProblem !== undefined) fail(`${source('db')} ${dbProblem}`);
if (!/^\d{1,9}$/.test(options['rate-limit'])) {
  fail(`${source('rate-limit')} must be a whole number of requests per second (0 turns the limit off), got "${options['rate-limit']}"`);
}
if (!/^\d+$/.test(options['trusted-proxies']) || Number(options['trusted-proxies']) > MAX_TRUSTED_PROXIES) {
  fail(
    `${source('trusted-proxies')} must be the number of reverse proxies in front of the collector, 0 to ${MAX_TRUSTED_PROXIES}, got "${options['trusted-proxies']}"`,
  );
}
const databaseUrl = process.env.DATABASE_URL || undefined;
if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) fail('DATABASE_URL must start with postgres://');
const retention = process.env.GROWTHKIT_RETENTION_DAYS;
if (retention !== undefined && !/^[1-9]\d{0,5}$/.test(retention)) {
  fail(`GROWTHKIT_RETENTION_DAYS must be a whole number of days from 1, got "${retention}"`);
}
const sdkDir = options['sdk-dir'];
if (sdkDir !== undefined && statSync(sdkDir, { throwIfNoEntry: false })?.isDirectory() !== true) {
  fail(`${source('sdk-dir')} must name a directory (a built dist/sdk, or a copy that keeps earlier releases), got "${sdkDir}"`);
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
  trustedProxies: Number(options['trusted-proxies']),
  ...(retention !== undefined && { retentionDays: Number(retention) }),
  seedDemo: options['seed-demo'],
  ...(sdkDir !== undefined && { sdkDir }),
}).catch((error: Error) => failToStart(`could not start: ${error.message}`));
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
