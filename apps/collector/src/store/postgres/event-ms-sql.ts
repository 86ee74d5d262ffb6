/** PostgreSQL SQL for the time of the events row `alias` in milliseconds since the epoch (exact: numeric). */
export const eventMsSql = (alias: string) => `(extract(epoch FROM ${alias}.at) * 1000)`;
