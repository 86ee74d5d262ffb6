import type { Pool } from 'pg';
import type { ReportStatement } from '../report-dialect.ts';
import { ReportTimeout } from '../report-timeout.ts';

/** PostgreSQL's SQLSTATE for a statement cancelled: by statement_timeout, or by pg_cancel_backend when the client left. */
const QUERY_CANCELED = '57014';

/** Whether `error` is a statement that PostgreSQL cancelled (its time ran out, or nobody waits for it any more). */
const isCancelledStatement = (error: unknown) => error instanceof Error && (error as Error & { code?: unknown }).code === QUERY_CANCELED;

/** `:name` parameters (not `::casts`) as PostgreSQL's `$1`, `$2`, … with their values in that order. */
function numbered({ text, params }: ReportStatement) {
  const names: string[] = [];
  const sql = text.replace(/(?<!:):([a-zA-Z]\w*)/g, (_, name: string) => {
    if (!names.includes(name)) names.push(name);
    return `$${names.indexOf(name) + 1}`;
  });
  return { sql, values: names.map((name) => params[name]) };
}

/** What bounds a report statement: its time limit, and the asking request's signal. */
export interface ReportLimits {
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

/**
 * The rows of a report statement with `:name` parameters, on a connection of its own, in a read-only transaction whose
 * statement_timeout is the report's limit (the pool's other statements, ingest among them, keep none); past it, a
 * ReportTimeout. When `signal` aborts, the statement is cancelled from another connection, and its connection is
 * dropped rather than lent again, so a cancel that lands late cannot hit another request's statement.
 */
export async function reportRows<Row extends object>(pool: Pool, statement: ReportStatement, limits: ReportLimits): Promise<Row[]> {
  const { sql, values } = numbered(statement);
  const { signal } = limits;
  signal?.throwIfAborted();
  const client = await pool.connect();
  let backend: number | undefined;
  let cancelled: Promise<unknown> | undefined;
  let broken: Error | undefined;
  const cancel = () => {
    if (backend !== undefined) cancelled = pool.query('SELECT pg_cancel_backend($1)', [backend]).catch(() => undefined);
  };
  const onError = (error: Error) => {
    broken = error;
  };
  client.on('error', onError);
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    await client.query('BEGIN READ ONLY');
    try {
      const { rows: settings } = await client.query<{ pid: number }>(
        "SELECT set_config('statement_timeout', $1, true), pg_backend_pid() AS pid",
        [String(Math.max(1, Math.round(limits.timeoutMs)))],
      );
      backend = settings[0]!.pid;
      // the client may have gone while the connection was being set up
      signal?.throwIfAborted();
      const { rows } = await client.query<Row>(sql, values);
      await client.query('COMMIT');
      return rows;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      // cancelled and nobody asked for it: statement_timeout
      if (isCancelledStatement(error) && !signal?.aborted) throw new ReportTimeout(limits.timeoutMs);
      throw error;
    }
  } finally {
    signal?.removeEventListener('abort', cancel);
    client.off('error', onError);
    await cancelled;
    client.release(broken ?? (cancelled === undefined ? undefined : true));
  }
}
