import type { Pool, PoolClient } from 'pg';

/**
 * Runs `body` with a connection of its own from the pool. A connection the server ends while lent (a restart, a
 * failover, `pg_terminate_backend`, a proxy's timeout) emits 'error' (the store gives every connection a listener, so
 * none goes unheard) and the query in flight rejects, which is what the caller hears (a 5xx the SDK retries). Such a
 * connection is given back broken, so the pool drops it instead of lending it again.
 */
export async function withClient<T>(pool: Pool, body: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  const onError = (error: Error) => {
    broken = error;
  };
  client.on('error', onError);
  try {
    return await body(client);
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}

/** Runs `body` in one transaction on `client`: committed when it returns, rolled back when it throws. */
export async function transaction<T>(client: PoolClient, body: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await body();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    // on a connection that is gone, the rollback fails too: the error worth telling is the first
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Runs `body` in one transaction on a connection of its own (withClient). */
export function inTransaction<T>(pool: Pool, body: (client: PoolClient) => Promise<T>): Promise<T> {
  return withClient(pool, (client) => transaction(client, () => body(client)));
}
