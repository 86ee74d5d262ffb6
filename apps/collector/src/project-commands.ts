import { parseArgs } from 'node:util';
import { diskPathProblem } from './store/sqlite/disk-path-problem.ts';
import { PublicSettingsSchema } from '@growthkit/core';
import { newProjectKeys, type ProjectKeys } from './projects/project-keys.ts';
import { originPatternProblem } from './projects/origin-pattern.ts';
import { openStore } from './store/open-store.ts';
import { PROJECT_CACHE_MS } from './store/project-cache.ts';
import { replacePostgresProjectKeys } from './store/postgres/replace-project-keys.ts';
import { replaceSqliteProjectKeys } from './store/sqlite/replace-project-keys.ts';

export const PROJECT_USAGE = `       pnpm collector create-project --name "Acme" --origin https://app.acme.com [--origin …] [--db …]
       pnpm collector rotate-keys --project <id> [--db …]
  create-project  makes a project with new random keys and the given allowed origins, and prints its id and keys once
  rotate-keys     gives the project new random keys and prints them; the old ones stop working within ${PROJECT_CACHE_MS / 1000} s
                  on running collectors
  Both work on the --db SQLite file (env GROWTHKIT_DB) or, when DATABASE_URL is set, on PostgreSQL.`;

export type ProjectCommand = 'create-project' | 'rotate-keys';

export const PROJECT_COMMANDS: readonly string[] = ['create-project', 'rotate-keys'] satisfies ProjectCommand[];

/** A project id from its name: lower-case letters, digits and dashes ("Acme Docs" → "acme-docs"). */
const idFromName = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

function printKeys(projectId: string, keys: ProjectKeys): void {
  console.log(`project:          ${projectId}
publishable key:  ${keys.publishableKey}   (for the browser: the snippet's data-key, ?key=)
secret key:       ${keys.secretKey}   (for servers only: Authorization: Bearer …)
Keep the secret key in your secret store now: it is not shown again.`);
}

/**
 * `pnpm collector create-project` and `rotate-keys`. Resolves to the exit code; `fail` ends the process with a usage
 * error.
 */
export async function runProjectCommand(command: ProjectCommand, args: string[], fail: (message: string) => never): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      name: { type: 'string' },
      origin: { type: 'string', multiple: true, default: [] },
      project: { type: 'string' },
      db: { type: 'string', default: process.env.GROWTHKIT_DB ?? './growthkit.sqlite' },
    },
    strict: true,
    allowPositionals: false,
  });
  const databaseUrl = process.env.DATABASE_URL || undefined;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) fail('DATABASE_URL must start with postgres://');
  const dbProblem = diskPathProblem(values.db);
  if (dbProblem !== undefined) fail(`--db ${dbProblem}`);

  if (command === 'rotate-keys') {
    if (values.project === undefined) fail('rotate-keys needs --project <id>');
    const keys = newProjectKeys();
    const replaced =
      databaseUrl === undefined
        ? replaceSqliteProjectKeys(values.db, values.project, keys)
        : await replacePostgresProjectKeys(databaseUrl, values.project, keys);
    if (!replaced) {
      console.error(`growthkit collector: there is no project "${values.project}" in this database`);
      return 1;
    }
    printKeys(values.project, keys);
    console.log(`Running collectors stop accepting the old keys within ${PROJECT_CACHE_MS / 1000} s.`);
    return 0;
  }

  const id = idFromName(values.name ?? '');
  if (id === '') fail('create-project needs --name with at least one letter or digit');
  if (values.origin.length === 0) fail('create-project needs at least one --origin, the address of the app the SDK runs in');
  for (const origin of values.origin) {
    const problem = originPatternProblem(origin);
    if (problem !== undefined) fail(problem);
  }
  const keys = newProjectKeys();
  const store = await openStore(databaseUrl === undefined ? { dbPath: values.db } : { databaseUrl });
  try {
    const created = await store.createProjectIfAbsent({
      id,
      ...keys,
      allowedOrigins: values.origin,
      settings: PublicSettingsSchema.parse({}),
    });
    if (!created) {
      console.error(
        `growthkit collector: a project "${id}" already exists; give it new keys with: pnpm collector rotate-keys --project ${id}`,
      );
      return 1;
    }
  } finally {
    await store.close();
  }
  printKeys(id, keys);
  console.log(`Allowed origins: ${values.origin.join(', ')}`);
  return 0;
}
