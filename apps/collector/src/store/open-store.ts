import { openPostgresStore } from './postgres/postgres-store.ts';
import { openSqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './store.ts';

/** Which storage the collector runs on; the first of these that is given wins. */
export interface StoreChoice {
  /** a store opened by the caller (any implementation of the contract); the collector closes it with itself */
  store?: Store;
  /** `postgres://…`: PostgreSQL, which several collectors can share */
  databaseUrl?: string;
  /** SQLite file, created with its schema when missing: the default, nothing to install */
  dbPath?: string;
  /** SQLite only: how long a looked-up project is trusted before it is read again (default 30 s, as PostgreSQL's) */
  projectCacheMs?: number;
  /** PostgreSQL only: drop event partitions older than this many days, and refuse events older than that */
  retentionDays?: number;
  /**
   * For tools that only read (experiment-report): the database must exist, migrated by this version; it is neither
   * created nor migrated, and nothing is written to it
   */
  readOnly?: boolean;
  /** how long one report statement may run before it is stopped and the report answered 504 (default 30 s), on either engine */
  reportTimeoutMs?: number;
}

export async function openStore(choice: StoreChoice): Promise<Store> {
  if (choice.store) return choice.store;
  if (choice.databaseUrl !== undefined) {
    return openPostgresStore({
      connectionString: choice.databaseUrl,
      retentionDays: choice.retentionDays,
      readOnly: choice.readOnly,
      reportTimeoutMs: choice.reportTimeoutMs,
    });
  }
  if (choice.retentionDays !== undefined) throw new Error('retentionDays needs PostgreSQL (databaseUrl): SQLite keeps everything');
  if (choice.dbPath !== undefined)
    return openSqliteStore(choice.dbPath, {
      projectCacheMs: choice.projectCacheMs,
      readOnly: choice.readOnly,
      reportTimeoutMs: choice.reportTimeoutMs,
    });
  throw new Error('the collector needs a store: pass store, databaseUrl (postgres://…) or dbPath (a SQLite file)');
}
