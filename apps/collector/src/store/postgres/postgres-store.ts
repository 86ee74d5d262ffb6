import { CampaignSchema, UserStateSchema, mergeState, type Campaign, type UserState } from '@growthkit/core';
import pg from 'pg';
import type { EventPage, Project, Store } from '../store.ts';
import { toProject, toStoredEvent, type EventRow, type ProjectRow } from '../stored-rows.ts';
import { accountUsage } from './account-usage.ts';
import { applyMigrations, checkMigrated } from './apply-migrations.ts';
import { campaignVersions } from './campaign-versions.ts';
import { searchCustomers } from './customer-search.ts';
import { maintainPartitions } from './event-partitions.ts';
import { experimentTally } from './experiment-tally.ts';
import { insertEvents } from './insert-events.ts';
import { metricsTally } from './metrics-tally.ts';
import { reportTallies } from '../report-tallies.ts';
import { POSTGRES } from './postgres-dialect.ts';
import { reportRows } from './report-query.ts';
import { inTransaction } from './pool-client.ts';
import { DEFAULT_REPORT_TIMEOUT_MS } from '../report-timeout.ts';
import { boundedStateJson } from '../state-too-large.ts';

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:5432/database` */
  connectionString: string;
  /** drop event partitions older than this many days and refuse older events; undefined keeps everything */
  retentionDays?: number;
  /** connections per collector (default 10) */
  poolSize?: number;
  /** for tools that only read (experiment-report): the schema must be migrated by this version; nothing is written */
  readOnly?: boolean;
  /** how long one report statement may run before PostgreSQL cancels it (default DEFAULT_REPORT_TIMEOUT_MS, 30 s) */
  reportTimeoutMs?: number;
}

/** Partitions are checked this often, so next month's always exists before it starts. */
const MAINTENANCE_INTERVAL_MS = 3_600_000;
/**
 * Another collector (or `rotate-keys`) may change a project (keys, settings); a cached copy is trusted this long, as on
 * SQLite.
 */
const PROJECT_CACHE_MS = 30_000;

const EVENT_COLUMNS = `seq, id, type, name, ts, received_at, anonymous_id, user_id, account_id, session_id, campaign_id,
  experiment, variant, props, context`;

/** A campaign row that no longer fits the schema (edited by hand, older format) is left out rather than breaking config. */
const parsedCampaign = (json: unknown): Campaign | undefined => {
  const parsed = CampaignSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
};

/**
 * The networked store: a pool of connections to one PostgreSQL database that any number of collectors share. It
 * migrates the schema once (advisory lock) and keeps the monthly event partitions; each batch of events is one
 * statement. close() waits for the statements in flight before it ends the pool.
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
    // a request waits at most this long for a connection, then fails (and is resent by the SDK) instead of hanging
    connectionTimeoutMillis: 5_000,
    // a reading tool's sessions refuse every write, whatever a store method would do
    ...(options.readOnly && { options: '-c default_transaction_read_only=on' }),
  });
  // An idle connection that breaks (database restarted) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  // Nor one that breaks while lent: pg-pool listens to a lent connection once (pool.query) or not at all, and a server
  // that ends it may make it emit 'error' twice (the FATAL message, then the closed socket). Every connection keeps a
  // listener of its own; the query in flight rejects all the same, and that is what the caller hears.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const { retentionDays } = options;
  const reportTimeoutMs = options.reportTimeoutMs ?? DEFAULT_REPORT_TIMEOUT_MS;
  try {
    if (options.readOnly) {
      // named without its host or password: the message reaches a terminal
      const name = decodeURIComponent(new URL(options.connectionString).pathname.slice(1));
      await checkMigrated(pool, `the PostgreSQL database ${name}`);
    } else {
      await applyMigrations(pool);
      await maintainPartitions(pool, retentionDays, new Date());
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  const maintain = () => {
    maintainPartitions(pool, retentionDays, new Date()).catch((error: unknown) =>
      console.error('growthkit collector: could not maintain the event partitions', error),
    );
  };
  const maintenance = options.readOnly ? undefined : setInterval(maintain, MAINTENANCE_INTERVAL_MS).unref();

  // Every write is tracked until it settles, so close() can let the batches in flight finish.
  const inFlight = new Set<Promise<unknown>>();
  const tracked = <T>(work: Promise<T>): Promise<T> => {
    inFlight.add(work);
    const settled = () => inFlight.delete(work);
    work.then(settled, settled);
    return work;
  };

  const projectsByKey = new Map<string, { project: Project; until: number }>();
  const cachedProject = async (column: 'publishable_key' | 'secret_key', key: string): Promise<Project | undefined> => {
    // Keyed by the column too: a secret key must not find its project through the publishable lookup, nor the reverse.
    const cacheKey = `${column} ${key}`;
    const cached = projectsByKey.get(cacheKey);
    if (cached && cached.until > Date.now()) return cached.project;
    const { rows } = await pool.query<ProjectRow>(`SELECT * FROM projects WHERE ${column} = $1`, [key]);
    const project = rows[0] && toProject(rows[0]);
    if (project) projectsByKey.set(cacheKey, { project, until: Date.now() + PROJECT_CACHE_MS });
    return project;
  };

  const storedState = async (client: pg.PoolClient | pg.Pool, projectId: string, subject: string): Promise<UserState> => {
    const { rows } = await client.query<{ state: string }>('SELECT state FROM user_state WHERE project_id = $1 AND subject = $2', [
      projectId,
      subject,
    ]);
    return rows[0] ? UserStateSchema.parse(JSON.parse(rows[0].state)) : { campaigns: {} };
  };

  const mergeInto = (projectId: string, subject: string, state: UserState): Promise<UserState> =>
    inTransaction(pool, async (client) => {
      // Two devices of one user merging at once would otherwise both read the old state and one merge would be lost;
      // a row lock cannot cover a subject that has no row yet, an advisory lock on the subject can.
      // (The two-key form: a lock space apart from the single-key locks of migrations and partitions.)
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [projectId, subject]);
      const stored = await storedState(client, projectId, subject);
      const merged = mergeState(stored, state);
      const json = boundedStateJson(merged);
      if (json !== JSON.stringify(mergeState(stored, stored))) {
        await client.query(
          `INSERT INTO user_state (project_id, subject, state, updated_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (project_id, subject) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
          [projectId, subject, json, new Date().toISOString()],
        );
      }
      return merged;
    });

  const putCampaign = async (projectId: string, campaign: Campaign, onConflict: string) => {
    const { rowCount } = await pool.query(
      `INSERT INTO campaigns (project_id, id, json, status, updated_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (project_id, id) ${onConflict}`,
      [projectId, campaign.id, JSON.stringify(campaign), campaign.status, new Date().toISOString()],
    );
    return (rowCount ?? 0) > 0;
  };

  return {
    retentionDays,
    projectByPublishableKey: (key) => cachedProject('publishable_key', key),
    projectBySecretKey: (key) => cachedProject('secret_key', key),
    async createProjectIfAbsent(project) {
      projectsByKey.clear();
      const { rowCount } = await pool.query(
        `INSERT INTO projects (id, publishable_key, secret_key, allowed_origins, settings) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING`,
        [project.id, project.publishableKey, project.secretKey, JSON.stringify(project.allowedOrigins), JSON.stringify(project.settings)],
      );
      return (rowCount ?? 0) > 0;
    },
    createCampaignIfAbsent: (projectId, campaign) => tracked(putCampaign(projectId, campaign, 'DO NOTHING')),
    async putCampaign(projectId, campaign) {
      await tracked(
        putCampaign(projectId, campaign, 'DO UPDATE SET json = excluded.json, status = excluded.status, updated_at = excluded.updated_at'),
      );
    },
    async liveCampaigns(projectId) {
      const { rows } = await pool.query<{ json: unknown }>(
        'SELECT json FROM campaigns WHERE project_id = $1 AND status = \'live\' ORDER BY id COLLATE "C"',
        [projectId],
      );
      return rows.flatMap(({ json }) => parsedCampaign(json) ?? []);
    },
    insertEvents: (projectId, events, receivedAt) => tracked(insertEvents(pool, projectId, events, receivedAt)),
    async listEvents(projectId, { after, limit }): Promise<EventPage> {
      // seq comes from one sequence, in the order rows were inserted; a batch still committing when a page is read may
      // hold smaller numbers than that page's last, so an exporter that must miss nothing re-reads its last minute.
      const { rows } = await pool.query<EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE project_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
        [projectId, after ?? '0', limit + 1],
      );
      const page = rows.slice(0, limit);
      return { events: page.map(toStoredEvent), next: rows.length > limit ? String(page[page.length - 1]!.seq) : null };
    },
    async userEvents(projectId, userId, options = {}) {
      const { rows } = await pool.query<EventRow>(
        // As on SQLite: each half through its own index (the anonymous one holds only events without a user id).
        // In time order as instants (at), not as text: 12:00+08:00 is before 10:00Z.
        `SELECT ${EVENT_COLUMNS} FROM (
           SELECT ${EVENT_COLUMNS}, at FROM events WHERE project_id = $1 AND user_id = $2 AND ($3::text IS NULL OR type = $3)
           UNION ALL
           SELECT ${EVENT_COLUMNS}, at FROM events WHERE project_id = $1 AND user_id IS NULL AND anonymous_id IN
             (SELECT anonymous_id FROM events WHERE project_id = $1 AND user_id = $2) AND ($3::text IS NULL OR type = $3)
         ) e ORDER BY at, seq`,
        [projectId, userId, options.type ?? null],
      );
      return rows.map(toStoredEvent);
    },
    isCursor(cursor) {
      return /^\d{1,15}$/.test(cursor);
    },
    userState: (projectId, subject) => storedState(pool, projectId, subject),
    mergeUserState: (projectId, subject, state) => tracked(mergeInto(projectId, subject, state)),
    async experimentCampaign(projectId, experimentKey) {
      const { rows } = await pool.query<{ json: unknown }>(
        "SELECT json FROM campaigns WHERE project_id = $1 AND json -> 'experiment' ->> 'key' = $2 ORDER BY id COLLATE \"C\" LIMIT 1",
        [projectId, experimentKey],
      );
      return rows[0] && parsedCampaign(rows[0].json);
    },
    async accountEvents(projectId, accountId, options = {}) {
      const { rows } = await pool.query<EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE project_id = $1 AND account_id = $2 AND ($3::text IS NULL OR type = $3)
         ORDER BY at, seq`,
        [projectId, accountId, options.type ?? null],
      );
      return rows.map(toStoredEvent);
    },
    async accountUserIds(projectId, accountId) {
      const { rows } = await pool.query<{ user_id: string }>(
        'SELECT DISTINCT user_id FROM events WHERE project_id = $1 AND account_id = $2 AND user_id IS NOT NULL ORDER BY user_id',
        [projectId, accountId],
      );
      return rows.map((row) => row.user_id);
    },
    searchCustomers: (projectId, query) => searchCustomers(pool, projectId, query),
    experimentTally: (projectId, query) => experimentTally(pool, projectId, query),
    accountUsage: (projectId, accountId, since) => accountUsage(pool, projectId, accountId, since),
    metricsTally: (projectId, query) => metricsTally(pool, projectId, query, reportTimeoutMs),
    ...campaignVersions(pool),
    ...reportTallies(POSTGRES, (statement, signal) => reportRows(pool, statement, { timeoutMs: reportTimeoutMs, signal })),
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      clearInterval(maintenance);
      await Promise.allSettled([...inFlight]);
      await pool.end();
    },
  };
}
