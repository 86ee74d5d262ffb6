/** The two object stores: events waiting for the collector, and everything else (config, state, counters). */
export type StoreName = 'outbox' | 'kv';

/** What GrowthKit keeps on the device. Backed by IndexedDB, or by memory where IndexedDB is missing or broken. */
export interface DeviceStore {
  get<T>(store: StoreName, key: string): Promise<T | undefined>;
  /** writes every entry (key → value) in one transaction */
  put(store: StoreName, entries: Record<string, unknown>): Promise<void>;
  delete(store: StoreName, keys: readonly string[]): Promise<void>;
  all<T>(store: StoreName): Promise<T[]>;
}

function memoryStore(): DeviceStore {
  const stores = { outbox: new Map<string, unknown>(), kv: new Map<string, unknown>() };
  // structuredClone keeps callers from mutating what is "stored", as IndexedDB would.
  return {
    get: async (store, key) => structuredClone(stores[store].get(key)) as never,
    put: async (store, entries) => {
      for (const key in entries) stores[store].set(key, structuredClone(entries[key]));
    },
    delete: async (store, keys) => keys.forEach((key) => stores[store].delete(key)),
    all: async (store) => structuredClone([...stores[store].values()]) as never,
  };
}

/** An IndexedDB request or transaction as a promise. */
const done = <T>(request: IDBRequest<T> | IDBTransaction): Promise<T> =>
  new Promise((resolve, reject) => {
    if ('objectStoreNames' in request) request.oncomplete = () => resolve(undefined as T);
    else request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/** Opens (and on first use creates) the database with its two object stores. */
function openDatabase(name: string): Promise<IDBDatabase> {
  const request = indexedDB.open(name, 1);
  request.onupgradeneeded = () => {
    request.result.createObjectStore('outbox');
    request.result.createObjectStore('kv');
  };
  return done(request);
}

// Byte budget (SPEC §11): the four calls below are all the store needs; `idb` would add about 1 KB gzip to the first script.
function indexedDbStore(db: IDBDatabase): DeviceStore {
  const objects = (store: StoreName, mode: IDBTransactionMode = 'readonly') => db.transaction(store, mode).objectStore(store);
  return {
    get: (store, key) => done(objects(store).get(key)),
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
    get: (store, key) => use((s) => s.get(store, key)),
    put: (store, entries) => use((s) => s.put(store, entries)),
    delete: (store, keys) => use((s) => s.delete(store, keys)),
    all: (store) => use((s) => s.all(store)),
  };
}
