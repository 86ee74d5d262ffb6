/** Where in the traffic a log line comes from: the request's id (as answered in X-Request-Id), method and path. */
export interface RequestWhere {
  requestId: string;
  method: string;
  /** the path without the query, which carries keys */
  path: string;
}

/** An error's code, message and stack as plain fields: a logged object would print its own way, or not at all. */
export function errorFields(error: unknown): { code?: string; message: string; stack?: string } {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code } = error as Error & { code?: unknown };
  return { ...(typeof code === 'string' && { code }), message: error.message, ...(error.stack !== undefined && { stack: error.stack }) };
}

/** One line of JSON on stderr with the time first, so log tools can read, sort and search every field. */
export function logLine(level: 'error' | 'warn' | 'info', event: string, fields: object): void {
  console.error(JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }));
}
