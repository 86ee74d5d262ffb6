/**
 * Events waiting for the collector, on the device: IndexedDB's 'outbox' store, or memory where IndexedDB is missing or
 * broken. Only the outbox lives in IndexedDB; the small records (config, state, counters) are in localStorage
 * (LocalValues), read synchronously at start, and the 'kv' store earlier versions kept them in is left unread.
 */
export interface OutboxStore {
  /** writes every entry (key → value) in one transaction */
  put(entries: Record<string, unknown>): Promise<void>;
  delete(keys: readonly string[]): Promise<void>;
  all<T>(): Promise<T[]>;
}

function memoryStore(): OutboxStore {
  const outbox = new Map<string, unknown>();
  // structuredClone keeps callers from mutating what is "stored", as IndexedDB would.
  return {
    put: async (entries) => {
      for (const key in entries) outbox.set(key, structuredClone(entries[key]));
    },
    delete: async (keys) => keys.forEach((key) => outbox.delete(key)),
    all: async () => structuredClone([...outbox.values()]) as never,
  };
}

/** An IndexedDB request or transaction as a promise. */
const done = <T>(request: IDBRequest<T> | IDBTransaction): Promise<T> =>
  new Promise((resolve, reject) => {
    if ('objectStoreNames' in request) request.oncomplete = () => resolve(undefined as T);
    else request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/**
 * Opens (and on first use creates) the database. Version and store name are those of earlier versions, so events they
 * queued still go out; their 'kv' store, where one exists, is ignored.
 */
function openDatabase(name: string): Promise<IDBDatabase> {
  const request = indexedDB.open(name, 1);
  request.onupgradeneeded = () => request.result.createObjectStore('outbox');
  return done(request);
}

// Byte budget (SPEC §11): the three calls below are all the store needs; `idb` would add about 1 KB gzip to the first script.
function indexedDbStore(db: IDBDatabase): OutboxStore {
  const objects = (mode: IDBTransactionMode = 'readonly') => db.transaction('outbox', mode).objectStore('outbox');
  return {
    // writes resolve once committed, as idb's did
    put(entries) {
      const objectStore = objects('readwrite');
      for (const key in entries) objectStore.put(entries[key], key);
      return done(objectStore.transaction);
    },
    async delete(keys) {
      const objectStore = objects('readwrite');
      for (const key of keys) objectStore.delete(key);
      await done(objectStore.transaction);
    },
    all: () => done(objects().getAll()),
  };
}

/**
 * Opens the outbox store. If IndexedDB cannot be opened, or fails later (private modes, quota, a
 * browser bug), every call from then on goes to memory: the SDK keeps working for this page view.
 */
export function openOutboxStore(name = 'growthkit', open: (name: string) => Promise<IDBDatabase> = openDatabase): OutboxStore {
  const memory = memoryStore();
  let broken = false;
  const db: Promise<OutboxStore | undefined> = (async () => {
    try {
      if (typeof indexedDB === 'undefined') return undefined;
      return indexedDbStore(await open(name));
    } catch {
      return undefined;
    }
  })();

  const use = async <T>(call: (store: OutboxStore) => Promise<T>): Promise<T> => {
    const idb = broken ? undefined : await db;
    if (idb) {
      try {
        return await call(idb);
      } catch {
        broken = true;
      }
    }
    return call(memory);
  };
  return {
    put: (entries) => use((store) => store.put(entries)),
    delete: (keys) => use((store) => store.delete(keys)),
    all: () => use((store) => store.all()),
  };
}
