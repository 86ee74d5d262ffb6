import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CampaignSchema, UserStateSchema, mergeState, type Campaign, type UserState } from '@growthkit/core';
import type { EventPage, Project, Store } from '../store.ts';
import { toProject, toStoredEvent, type EventRow, type ProjectRow } from '../stored-rows.ts';
import { prepareAccountUsage } from './account-usage.ts';
import { prepareCampaignVersions } from './campaign-versions.ts';
import { applyMigrations, checkMigrated } from './apply-migrations.ts';
import { prepareCustomerSearch } from './customer-search.ts';
import { prepareExperimentTally } from './experiment-tally.ts';
import { startEventWriter } from './event-writer.ts';
import { DEFAULT_REPORT_TIMEOUT_MS } from '../report-timeout.ts';
import { startReportReader } from './report-reader.ts';
import { reportTallies } from '../report-tallies.ts';
import { SQLITE } from './sqlite-dialect.ts';
import { metricsTally } from './metrics-tally.ts';
import { startWalCheckpointer, type WalCheckpointer } from './wal-checkpointer.ts';
import { openSqliteConnection } from './open-sqlite-connection.ts';
import { eventMsSql } from './event-ms-sql.ts';
import { ProjectCache } from '../project-cache.ts';
import { boundedStateJson } from '../state-too-large.ts';
import { checkWritable } from './writable-check.ts';
import { diskPathProblem } from './disk-path-problem.ts';

export interface SqliteStoreOptions {
  /** how long a looked-up project is trusted (default PROJECT_CACHE_MS) */
  projectCacheMs?: number;
  /** for tools that only read (experiment-report): the file must exist, migrated by this version; nothing is written */
  readOnly?: boolean;
  /** how long one report statement may run before its thread is dropped (default DEFAULT_REPORT_TIMEOUT_MS, 30 s) */
  reportTimeoutMs?: number;
}

/** The connection to the file at `path`, its failure naming the path (the driver's "unable to open database file" does not). */
function openFile(path: string, readOnly: boolean): Database.Database {
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`the SQLite path ${path} is a directory: name a file in it, such as ${join(path, 'growthkit.sqlite')}`);
  }
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: readOnly, fileMustExist: readOnly });
  } catch (error) {
    throw new Error(
      `cannot open the SQLite file ${path} (${(error as Error).message}): does its directory exist, and may this user write to it?`,
    );
  }
  return readOnly ? db : openSqliteConnection(db);
}

/** The embedded store: one SQLite file, WAL mode, prepared statements; events written and reports read by threads of their own. */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const problem = diskPathProblem(path);
  if (problem !== undefined) throw new Error(`the SQLite path ${problem}`);
  if (options.readOnly && !existsSync(path)) throw new Error(`there is no SQLite file at ${path}`);
  const db = openFile(path, options.readOnly === true);
  try {
    if (options.readOnly) checkMigrated(db, path);
    else checkWritable(db, path);
  } catch (error) {
    db.close();
    throw error;
  }
  if (!options.readOnly) applyMigrations(db);

  const projectByPublishable = db.prepare<[string], ProjectRow>('SELECT * FROM projects WHERE publishable_key = ?');
  const projectBySecret = db.prepare<[string], ProjectRow>('SELECT * FROM projects WHERE secret_key = ?');
  const insertProject = db.prepare(
    'INSERT OR IGNORE INTO projects (id, publishable_key, secret_key, allowed_origins, settings) VALUES (?, ?, ?, ?, ?)',
  );
  const insertCampaign = db.prepare('INSERT OR IGNORE INTO campaigns (project_id, id, json, status, updated_at) VALUES (?, ?, ?, ?, ?)');
  const upsertCampaign = db.prepare(
    `INSERT INTO campaigns (project_id, id, json, status, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (project_id, id) DO UPDATE SET json = excluded.json, status = excluded.status, updated_at = excluded.updated_at`,
  );
  const selectLiveCampaigns = db
    .prepare<[string], string>("SELECT json FROM campaigns WHERE project_id = ? AND status = 'live' ORDER BY id")
    .pluck();
  const selectEvents = db.prepare<[string, number, number], EventRow>(
    'SELECT * FROM events WHERE project_id = ? AND seq > ? ORDER BY seq LIMIT ?',
  );
  // Two halves, each read through its own index (the user's events, then the anonymous events of the user's devices):
  // as one OR, SQLite walks the project's whole history.
  const selectUserEvents = db.prepare<[{ project: string; user: string; type: string | null }], EventRow>(
    // In time order as instants, not as text: 12:00+08:00 is before 10:00Z.
    `SELECT * FROM (
       SELECT * FROM events WHERE project_id = @project AND user_id = @user AND (@type IS NULL OR type = @type)
       UNION ALL
       SELECT * FROM events WHERE project_id = @project AND user_id IS NULL AND anonymous_id IN
         (SELECT anonymous_id FROM events WHERE project_id = @project AND user_id = @user) AND (@type IS NULL OR type = @type)
     ) events ORDER BY ${eventMsSql('events')}, seq`,
  );
  const selectAccountEvents = db.prepare<[{ project: string; account: string; type: string | null }], EventRow>(
    `SELECT * FROM events WHERE project_id = @project AND account_id = @account AND (@type IS NULL OR type = @type)
     ORDER BY ${eventMsSql('events')}, seq`,
  );
  const selectAccountUserIds = db
    .prepare<[string, string], string>(
      'SELECT DISTINCT user_id FROM events WHERE project_id = ? AND account_id = ? AND user_id IS NOT NULL ORDER BY user_id',
    )
    .pluck();
  const searchCustomers = prepareCustomerSearch(db);
  const selectState = db.prepare<[string, string], string>('SELECT state FROM user_state WHERE project_id = ? AND subject = ?').pluck();
  const upsertState = db.prepare(
    `INSERT INTO user_state (project_id, subject, state, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (project_id, subject) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  );

  const selectExperimentCampaign = db
    .prepare<[string, string], string>(
      "SELECT json FROM campaigns WHERE project_id = ? AND json_extract(json, '$.experiment.key') = ? ORDER BY id",
    )
    .pluck();
  const tallyExperiment = prepareExperimentTally(db);
  const accountUsage = prepareAccountUsage(db);
  const campaignVersions = prepareCampaignVersions(db);

  // Every request looks its project up by key; parsing the row each time would cost more than the lookup. Copies
  // expire (ProjectCache), so keys replaced by another process (rotate-keys) stop working in bounded time; any project
  // write here empties them at once. Keyed by the statement too: a secret key must not find its project through the
  // publishable lookup, nor the reverse.
  const projectsByKey = new Map<Database.Statement<[string], ProjectRow>, ProjectCache>([
    [projectByPublishable, new ProjectCache(options.projectCacheMs)],
    [projectBySecret, new ProjectCache(options.projectCacheMs)],
  ]);
  const cachedProject = (key: string, statement: Database.Statement<[string], ProjectRow>): Project | undefined => {
    const cache = projectsByKey.get(statement)!;
    const cached = cache.get(key);
    if (cached) return cached;
    const row = statement.get(key);
    const project = row && toProject(row);
    if (project) cache.set(key, project);
    return project;
  };

  const storedState = (projectId: string, subject: string): UserState => {
    const json = selectState.get(projectId, subject);
    return json === undefined ? { campaigns: {} } : UserStateSchema.parse(JSON.parse(json));
  };

  // Events are stored by a thread of their own when the collector is busy, on its own connection (WAL: the two never
  // block each other's reads); a third thread copies the WAL into the file, so that neither stops for it. It starts
  // with the first events, nearly all that the WAL ever holds: a store that is only read needs no such thread.
  const eventWriter = startEventWriter(path, db);
  // Reports read on a thread of their own too: their statements take seconds on a large project, which the main
  // thread must spend on /healthz and ingest.
  const reports = startReportReader(path, options.reportTimeoutMs ?? DEFAULT_REPORT_TIMEOUT_MS);
  const tallies = reportTallies(SQLITE, reports.all);
  let checkpointer: WalCheckpointer | undefined;

  const mergeInto = db.transaction((projectId: string, subject: string, state: UserState): UserState => {
    const stored = storedState(projectId, subject);
    const merged = mergeState(stored, state);
    // The SDK sends its copy on every page load to get the merge back: most of those change nothing and write nothing
    // (nor a row for a visitor with no state at all).
    const json = boundedStateJson(merged);
    if (json !== JSON.stringify(mergeState(stored, stored))) upsertState.run(projectId, subject, json, new Date().toISOString());
    return merged;
  });

  const putCampaign = (statement: Database.Statement, projectId: string, campaign: Campaign) =>
    statement.run(projectId, campaign.id, JSON.stringify(campaign), campaign.status, new Date().toISOString()).changes > 0;

  return {
    async projectByPublishableKey(key) {
      return cachedProject(key, projectByPublishable);
    },
    async projectBySecretKey(key) {
      return cachedProject(key, projectBySecret);
    },
    async createProjectIfAbsent(project) {
      for (const cache of projectsByKey.values()) cache.clear();
      const { changes } = insertProject.run(
        project.id,
        project.publishableKey,
        project.secretKey,
        JSON.stringify(project.allowedOrigins),
        JSON.stringify(project.settings),
      );
      return changes > 0;
    },
    async createCampaignIfAbsent(projectId, campaign) {
      return putCampaign(insertCampaign, projectId, campaign);
    },
    async putCampaign(projectId, campaign) {
      putCampaign(upsertCampaign, projectId, campaign);
    },
    async liveCampaigns(projectId) {
      // A row that no longer fits the schema (edited by hand, older format) is left out rather than breaking config.
      return selectLiveCampaigns
        .all(projectId)
        .map((json) => CampaignSchema.safeParse(JSON.parse(json)))
        .flatMap((parsed) => (parsed.success ? [parsed.data] : []));
    },
    async insertEvents(projectId, events, receivedAt) {
      checkpointer ??= startWalCheckpointer(path);
      return eventWriter.write(projectId, events, receivedAt);
    },
    async listEvents(projectId, { after, limit }): Promise<EventPage> {
      // One row more than asked tells whether another page exists, so the last page says next: null.
      const rows = selectEvents.all(projectId, after === undefined ? 0 : Number(after), limit + 1);
      const page = rows.slice(0, limit);
      return {
        events: page.map(toStoredEvent),
        next: rows.length > limit ? String(page[page.length - 1].seq) : null,
      };
    },
    async userEvents(projectId, userId, options = {}) {
      return selectUserEvents.all({ project: projectId, user: userId, type: options.type ?? null }).map(toStoredEvent);
    },
    async accountEvents(projectId, accountId, options = {}) {
      return selectAccountEvents.all({ project: projectId, account: accountId, type: options.type ?? null }).map(toStoredEvent);
    },
    async accountUserIds(projectId, accountId) {
      return selectAccountUserIds.all(projectId, accountId);
    },
    async searchCustomers(projectId, query) {
      return searchCustomers(projectId, query);
    },
    isCursor(cursor) {
      return /^\d{1,15}$/.test(cursor);
    },
    async userState(projectId, subject) {
      return storedState(projectId, subject);
    },
    async mergeUserState(projectId, subject, state) {
      return mergeInto(projectId, subject, state);
    },
    async experimentCampaign(projectId, experimentKey) {
      const json = selectExperimentCampaign.get(projectId, experimentKey);
      const parsed = json === undefined ? undefined : CampaignSchema.safeParse(JSON.parse(json));
      return parsed?.success ? parsed.data : undefined;
    },
    async experimentTally(projectId, query) {
      return tallyExperiment(projectId, query);
    },
    async accountUsage(projectId, accountId, since) {
      return accountUsage(projectId, accountId, since);
    },
    churnTally: tallies.churnTally,
    metricsTally: (projectId, query) => metricsTally(reports.all, projectId, query),
    eventNames: tallies.eventNames,
    computedTraitSources: tallies.computedTraitSources,
    funnelTally: tallies.funnelTally,
    checklistTally: tallies.checklistTally,
    onboardingTally: tallies.onboardingTally,
    ...campaignVersions,
    retentionDays: undefined,
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      await eventWriter.close();
      await reports.close();
      await checkpointer?.close();
      db.close();
    },
  };
}
