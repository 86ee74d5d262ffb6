/**
 * The one object store: events waiting for the collector. The small records (config, state, counters) are in
 * localStorage (LocalValues), read synchronously at start; the 'kv' store earlier versions kept them in is left unread.
 */
export type StoreName = 'outbox';

/** The outbox on the device. Backed by IndexedDB, or by memory where IndexedDB is missing or broken. */
export interface DeviceStore {
  /** writes every entry (key → value) in one transaction */
  put(store: StoreName, entries: Record<string, unknown>): Promise<void>;
  delete(store: StoreName, keys: readonly string[]): Promise<void>;
  all<T>(store: StoreName): Promise<T[]>;
}

function memoryStore(): DeviceStore {
  // the one store there is: the name is not looked at
  const outbox = new Map<string, unknown>();
  // structuredClone keeps callers from mutating what is "stored", as IndexedDB would.
  return {
    put: async (_, entries) => {
      for (const key in entries) outbox.set(key, structuredClone(entries[key]));
    },
    delete: async (_, keys) => keys.forEach((key) => outbox.delete(key)),
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
function indexedDbStore(db: IDBDatabase): DeviceStore {
  const objects = (store: StoreName, mode: IDBTransactionMode = 'readonly') => db.transaction(store, mode).objectStore(store);
  return {
    // writes resolve once committed, as idb's did
    put(store, entries) {
      const objectStore = objects(store, 'readwrite');
      for (const key in entries) objectStore.put(entries[key], key);
      return done(objectStore.transaction);
    },
    async delete(store, keys) {
      const objectStore = objects(store, 'readwrite');
      for (const key of keys) objectStore.delete(key);
      await done(objectStore.transaction);
    },
    all: (store) => done(objects(store).getAll()),
  };
}

/**
 * Opens the device store. If IndexedDB cannot be opened, or fails later (private modes, quota, a
 * browser bug), every call from then on goes to memory: the SDK keeps working for this page view.
 */
export function openDeviceStore(name = 'growthkit', open: (name: string) => Promise<IDBDatabase> = openDatabase): DeviceStore {
  const memory = memoryStore();
  let broken = false;
  const db: Promise<DeviceStore | undefined> = (async () => {
    try {
      if (typeof indexedDB === 'undefined') return undefined;
      return indexedDbStore(await open(name));
    } catch {
      return undefined;
    }
  })();

  const use = async <T>(call: (store: DeviceStore) => Promise<T>): Promise<T> => {
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
    put: (store, entries) => use((s) => s.put(store, entries)),
    delete: (store, keys) => use((s) => s.delete(store, keys)),
    all: (store) => use((s) => s.all(store)),
  };
}
