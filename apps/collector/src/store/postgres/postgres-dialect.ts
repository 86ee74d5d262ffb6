import type { ReportDialect } from '../report-dialect.ts';

/** PostgreSQL's SQL for the statements written once for both engines. */
export const POSTGRES: ReportDialect = {
  ms: (alias) => `round(extract(epoch FROM ${alias}.at) * 1000)::float8`,
  day: (ms) => `floor((${ms}) / 86400000)::bigint`,
  propText: (alias, key) =>
    `(CASE WHEN jsonb_typeof(${alias}.props::jsonb -> (${key})::text) IN ('string', 'number') THEN ${alias}.props::jsonb ->> (${key})::text END)`,
  int: (count) => `(${count})::int`,
  outerJoin: 'JOIN',
  idList: (param) => `SELECT jsonb_array_elements_text(CAST(${param} AS jsonb)) AS id`,
};
