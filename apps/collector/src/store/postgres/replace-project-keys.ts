import pg from 'pg';
import type { ProjectKeys } from '../../projects/project-keys.ts';

/** Gives the project `projectId` of the PostgreSQL database at `connectionString` new keys; false when there is no such project. */
export async function replacePostgresProjectKeys(connectionString: string, projectId: string, keys: ProjectKeys): Promise<boolean> {
  const client = new pg.Client({ connectionString });
  // A connection the server ends is reported here as well as to the query, which already fails the command.
  client.on('error', () => undefined);
  await client.connect();
  try {
    const { rowCount } = await client.query('UPDATE projects SET publishable_key = $1, secret_key = $2 WHERE id = $3', [
      keys.publishableKey,
      keys.secretKey,
      projectId,
    ]);
    return (rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}
