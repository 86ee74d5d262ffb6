import type { ReportDialect } from '../report-dialect.ts';

const text = (alias: string, key: string) => `json_extract(${alias}.props, '$.' || ${key})`;

/** SQLite's SQL for the statements written once for both engines. */
export const SQLITE: ReportDialect = {
  ms: (alias) => `CAST(round(unixepoch(${alias}.ts, 'subsec') * 1000) AS INTEGER)`,
  day: (ms) => `((${ms}) / 86400000)`,
  propText: (alias, key) =>
    `(CASE WHEN json_type(${alias}.props, '$.' || ${key}) IN ('text', 'integer', 'real') THEN CAST(${text(alias, key)} AS TEXT) END)`,
  int: (count) => count,
  // CROSS JOIN keeps the left side the outer loop (SQLite's rule), so only its people's events are read
  outerJoin: 'CROSS JOIN',
  idList: (param) => `SELECT value AS id FROM json_each(${param})`,
};
