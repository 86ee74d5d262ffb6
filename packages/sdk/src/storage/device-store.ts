import { openDB, type IDBPDatabase } from 'idb';

/** The two object stores: events waiting for the collector, and everything else (config, state, counters). */
export type StoreName = 'outbox' | 'kv';

/** What GrowthKit keeps on the device. Backed by IndexedDB, or by memory where IndexedDB is missing or broken. */
export interface DeviceStore {
  get<T>(store: StoreName, key: string): Promise<T | undefined>;
  put(store: StoreName, key: string, value: unknown): Promise<void>;
  delete(store: StoreName, keys: readonly string[]): Promise<void>;
  all<T>(store: StoreName): Promise<T[]>;
}

function memoryStore(): DeviceStore {
  const stores = { outbox: new Map<string, unknown>(), kv: new Map<string, unknown>() };
  // structuredClone keeps callers from mutating what is "stored", as IndexedDB would.
  return {
    get: async (store, key) => structuredClone(stores[store].get(key)) as never,
    put: async (store, key, value) => void stores[store].set(key, structuredClone(value)),
    delete: async (store, keys) => keys.forEach((key) => stores[store].delete(key)),
    all: async (store) => structuredClone([...stores[store].values()]) as never,
  };
}

function indexedDbStore(db: IDBPDatabase): DeviceStore {
  return {
    get: (store, key) => db.get(store, key),
    put: async (store, key, value) => void (await db.put(store, value, key)),
    async delete(store, keys) {
      const tx = db.transaction(store, 'readwrite');
      await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done]);
    },
    all: (store) => db.getAll(store),
  };
}

/**
 * Opens the device store. If IndexedDB cannot be opened, or fails later (private modes, quota, a
 * browser bug), every call from then on goes to memory: the SDK keeps working for this page view.
 */
export function openDeviceStore(name = 'growthkit', open: typeof openDB = openDB): DeviceStore {
  const memory = memoryStore();
  let broken = false;
  const db: Promise<DeviceStore | undefined> = (async () => {
    try {
      if (typeof indexedDB === 'undefined') return undefined;
      const database = await open(name, 1, {
        upgrade(upgrading) {
          upgrading.createObjectStore('outbox');
          upgrading.createObjectStore('kv');
        },
      });
      return indexedDbStore(database);
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
    put: (store, key, value) => use((s) => s.put(store, key, value)),
    delete: (store, keys) => use((s) => s.delete(store, keys)),
    all: (store) => use((s) => s.all(store)),
  };
}
