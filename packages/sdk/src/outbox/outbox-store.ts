import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import { backgroundTask } from '../timing/background-task.ts';

/**
 * Events waiting for the collector, on the device: IndexedDB's 'outbox' store (through idb), or memory where IndexedDB
 * is missing or broken. Only the outbox lives in IndexedDB; the small records (config, state, counters) are in
 * localStorage (LocalValues), read synchronously at start, and the 'kv' store earlier versions kept them in is left unread.
 */
export interface OutboxStore {
  /** writes every entry (key → value) in one transaction */
  put(entries: Record<string, unknown>): Promise<void>;
  delete(keys: readonly string[]): Promise<void>;
  /** the entries in key order, at most `count`: event ids begin with their time, so the oldest first */
  all<T>(count?: number): Promise<T[]>;
}

/** The database as earlier versions made it: version 1, events in 'outbox' keyed by event id. */
interface OutboxDatabase extends DBSchema {
  outbox: { key: string; value: unknown };
}

type OpenOutboxDatabase = (name: string) => Promise<IDBPDatabase<OutboxDatabase>>;

const OPEN_TIMEOUT_MS = 3000;

// Same name, version and store as earlier versions, so events they queued still go out; their 'kv' store, where one
// exists, is ignored.
const openDatabase: OpenOutboxDatabase = (name) =>
  openDB<OutboxDatabase>(name, 1, {
    upgrade(db) {
      db.createObjectStore('outbox');
    },
  });

/** The store where IndexedDB is missing or broken: this page view's memory. */
export function memoryStore(): OutboxStore {
  const outbox = new Map<string, unknown>();
  // structuredClone keeps callers from mutating what is "stored", as IndexedDB would.
  return {
    put: async (entries) => {
      // own entries only: a page's enumerable Object.prototype method is no event (and cannot be cloned)
      for (const [key, value] of Object.entries(entries)) outbox.set(key, structuredClone(value));
    },
    delete: async (keys) => {
      for (const key of keys) outbox.delete(key);
    },
    all: async (count) => structuredClone([...outbox.values()].slice(0, count)) as never,
  };
}

function indexedDbStore(db: IDBPDatabase<OutboxDatabase>): OutboxStore {
  // Every request's promise is awaited with the transaction's: a failed request rejects here, never unhandled.
  const write = async (requests: (store: IDBPObjectStore<OutboxDatabase, ['outbox'], 'outbox', 'readwrite'>) => Promise<unknown>[]) => {
    const tx = db.transaction('outbox', 'readwrite');
    await Promise.all([...requests(tx.store), tx.done]);
  };
  return {
    // writes resolve once committed
    put: (entries) => write((store) => Object.entries(entries).map(([key, value]) => store.put(value, key))),
    delete: (keys) => write((store) => keys.map((key) => store.delete(key))),
    // through a transaction, not idb's db.getAll shortcut, which the first script's build leaves out (vite.config.ts)
    all: (count) => db.transaction('outbox').store.getAll(undefined, count) as never,
  };
}

/**
 * Opens the outbox store. If IndexedDB cannot be opened, or fails later (private modes, quota, a
 * browser bug), every call from then on goes to memory: the SDK keeps working for this page view.
 */
export function openOutboxStore(name = 'growthkit', open: OpenOutboxDatabase = openDatabase): OutboxStore {
  const memory = memoryStore();
  let broken = false;
  const db: Promise<OutboxStore | undefined> = (async () => {
    // without IndexedDB (a worker, an old browser, a sandbox that forbids it) the open throws: memory it is
    try {
      // opened once the first widgets are on screen: until then events wait in memory and the journal
      await backgroundTask();
      // opened before the timeout is set: an open that throws at once (no IndexedDB, a sandboxed frame) leaves no timeout
      // to reject later unheard, in the host page's console
      const opening = open(name);
      // an open that never settles (a wedged profile, WebKit's first-load bug) would hold every event: memory after 3 s
      return indexedDbStore(await Promise.race([opening, new Promise<never>((_, reject) => setTimeout(reject, OPEN_TIMEOUT_MS))]));
    } catch {
      return undefined;
    }
  })();

  const use = async <T>(call: (store: OutboxStore) => Promise<T>): Promise<T> => {
    const device = broken ? undefined : await db;
    if (device) {
      try {
        return await call(device);
      } catch {
        broken = true;
      }
    }
    return call(memory);
  };
  return {
    put: (entries) => use((store) => store.put(entries)),
    delete: (keys) => use((store) => store.delete(keys)),
    all: (count) => use((store) => store.all(count)),
  };
}
