/** How long one report statement may run, on either engine, unless the collector is told otherwise (reportTimeoutMs). */
export const DEFAULT_REPORT_TIMEOUT_MS = 30_000;

/**
 * A report statement stopped because it ran past the report time limit (PostgreSQL's statement_timeout; on SQLite, the
 * report thread's clock).
 */
export class ReportTimeout extends Error {
  constructor(readonly limitMs: number) {
    super(`a report statement ran past its limit of ${limitMs} ms`);
  }
}
