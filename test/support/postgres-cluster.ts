import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.ts';

/** Debian's layout: /usr/lib/postgresql/<major>/bin; the newest installed major wins. */
export function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root)
    ? readdirSync(root)
        .filter((major) => existsSync(join(root, major, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (majors.length === 0) {
    // Never a skip: the PostgreSQL suite is part of CI, and scripts/install.sh installs the server when it is missing.
    throw new Error('PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): run scripts/install.sh');
  }
  return join(root, majors[0]!, 'bin');
}

/** util-linux's runuser (Debian: /usr/sbin), which runs a command as another user without a password when root. */
const RUNUSER = '/usr/sbin/runuser';

export interface PostgresCluster {
  /** `postgres://postgres@127.0.0.1:<port>/postgres`; swap the database name for another database */
  url: string;
  port: number;
  /** the server's data directory (postmaster.pid names its process) */
  dataDir: string;
  /** a URL for the given database of this cluster */
  urlFor(database: string): string;
  stop(): void;
}

export interface ClusterOptions {
  /**
   * Tests trade durability for speed (no fsync); the benchmark keeps the server's defaults so its figures are those of
   * a real deployment.
   */
  durable?: boolean;
}

/**
 * A private PostgreSQL cluster for tests and benchmarks: initdb in a temp dir, started on a free port of 127.0.0.1
 * with its socket in the same dir, trust authentication for the `postgres` role. PostgreSQL refuses to run as root,
 * so as root the server's commands run as the `postgres` system user. `stop()` stops it and deletes the dir.
 */
export async function startPostgresCluster(options: ClusterOptions = {}): Promise<PostgresCluster> {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'growthkit-pg-'));
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const { uid, gid } = postgresUser();
    chownSync(dir, uid, gid);
  }
  const run = (command: string, args: string[]) => {
    const [file, argv] = asRoot ? [RUNUSER, ['-u', 'postgres', '--', join(bin, command), ...args]] : [join(bin, command), args];
    execFileSync(file, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  };
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const settings = [`-k ${dir}`, `-p ${port}`, '-c listen_addresses=127.0.0.1', '-c max_connections=200'];
  if (!options.durable) settings.push('-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off');
  run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', settings.join(' '), '-w', 'start']);

  const urlFor = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    url: urlFor('postgres'),
    port,
    dataDir: data,
    urlFor,
    stop() {
      // Stopping "immediate" is fine: everything in it is about to be deleted.
      const args = ['-D', data, '-m', 'immediate', 'stop'];
      if (asRoot) spawnSync(RUNUSER, ['-u', 'postgres', '--', join(bin, 'pg_ctl'), ...args], { stdio: 'ignore' });
      else spawnSync(join(bin, 'pg_ctl'), args, { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}
