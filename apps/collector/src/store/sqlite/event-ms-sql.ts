/** SQLite SQL for the time of the events row `alias` in milliseconds since the epoch: offsets in `ts` ("+08:00") honoured. */
export const eventMsSql = (alias: string) => `(unixepoch(${alias}.ts, 'subsec') * 1000)`;
