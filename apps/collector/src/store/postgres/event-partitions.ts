import type { Pool } from 'pg';
import { inTransaction } from './pool-client.ts';

const DAY_MS = 86_400_000;
/** Held (per transaction) while partitions are made or dropped, so collectors doing it at once take turns ("gk" "pa"). */
const PARTITION_LOCK = 0x676b_7061;

const monthStart = (year: number, month: number) => new Date(Date.UTC(year, month, 1));
const partitionName = (start: Date) => `events_${start.getUTCFullYear()}_${String(start.getUTCMonth() + 1).padStart(2, '0')}`;

/** `events_2026_12` → the first instant after that month */
function partitionEnd(name: string): Date | undefined {
  const match = /^events_(\d{4})_(\d{2})$/.exec(name);
  return match ? monthStart(Number(match[1]), Number(match[2])) : undefined;
}

/**
 * Keeps the monthly partitions of events right for `now`: this month's and the next (made ahead, so the first event
 * of a month never waits for DDL), and, with a retention, drops every month that ended before the horizon along with
 * the ids whose events are older than it (see event_ids in the migration). Safe to run from several collectors.
 * @returns the partitions dropped
 */
export async function maintainPartitions(pool: Pool, retentionDays: number | undefined, now: Date): Promise<string[]> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [PARTITION_LOCK]);
    for (const offset of [0, 1]) {
      const start = monthStart(now.getUTCFullYear(), now.getUTCMonth() + offset);
      const end = monthStart(start.getUTCFullYear(), start.getUTCMonth() + 1);
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${partitionName(start)} PARTITION OF events FOR VALUES FROM ('${start.toISOString()}') TO ('${end.toISOString()}')`,
      );
    }
    const dropped: string[] = [];
    if (retentionDays !== undefined) {
      const horizon = new Date(now.getTime() - retentionDays * DAY_MS);
      const { rows } = await client.query<{ name: string }>(
        "SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'events'::regclass",
      );
      for (const { name } of rows) {
        const end = partitionEnd(name);
        if (end === undefined || end > horizon) continue;
        await client.query(`DROP TABLE ${name}`);
        dropped.push(name);
      }
      await client.query('DELETE FROM event_ids WHERE at < $1', [horizon]);
    }
    return dropped;
  });
}
