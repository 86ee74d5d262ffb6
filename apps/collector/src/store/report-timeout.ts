/** A report statement the database stopped because it ran past the report time limit (PostgreSQL's statement_timeout). */
export class ReportTimeout extends Error {
  constructor(readonly limitMs: number) {
    super(`a report statement ran past its limit of ${limitMs} ms`);
  }
}
