/**
 * SQLite codes of a database that cannot be written now but may be later: disk full, read-only (remounted, a
 * permission), I/O errors, the file gone, the write lock held past busy_timeout.
 */
const SQLITE_CODES = /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN|BUSY|LOCKED)(_|$)/;

/**
 * PostgreSQL SQLSTATEs of the same kind: connection exceptions (08…), the server shutting down or starting (57P01–03),
 * out of resources (53…: disk full, too many connections), a read-only standby after a failover (25006).
 */
const POSTGRES_CODES = /^(08...|57P0[1-3]|53...|25006)$/;

/** Socket errors of a database server that cannot be reached. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** node-postgres raises these without a code when a connection breaks or the pool cannot get one in time. */
const POSTGRES_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/** Whether `error` says the database cannot take requests now (answered 503 with Retry-After) rather than a bug (500). */
export function isStorageFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { code } = error as Error & { code?: unknown };
  if (typeof code === 'string' && (SQLITE_CODES.test(code) || POSTGRES_CODES.test(code) || NETWORK_CODES.has(code))) return true;
  return POSTGRES_MESSAGES.test(error.message);
}
