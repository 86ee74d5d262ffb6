/**
 * Small values kept in localStorage (read synchronously at start). Where localStorage is missing or throws (private
 * modes, storage disabled, a value over the quota), they live in memory for this page view.
 * Device records and the cached config are written here, not to IndexedDB: a synchronous write survives an immediate navigation.
 */
export interface LocalValues {
  get<T>(name: string): T | undefined;
  set(name: string, value: unknown): void;
  remove(name: string): void;
}

export function localValues(prefix = 'growthkit:'): LocalValues {
  const memory = new Map<string, string>();
  const read = (key: string) => {
    try {
      return localStorage.getItem(key) ?? memory.get(key);
    } catch {
      return memory.get(key);
    }
  };
  const drop = (key: string) => {
    try {
      localStorage.removeItem(key);
    } catch {
      // nothing stored there
    }
  };
  return {
    get<T>(name: string) {
      const raw = read(prefix + name);
      try {
        return raw == null ? undefined : (JSON.parse(raw) as T);
      } catch {
        return undefined;
      }
    },
    set(name, value) {
      const raw = JSON.stringify(value);
      memory.set(prefix + name, raw);
      try {
        localStorage.setItem(prefix + name, raw);
      } catch {
        // The memory copy above serves this page view; an older copy left in localStorage would be read before it.
        drop(prefix + name);
      }
    },
    remove(name) {
      memory.delete(prefix + name);
      drop(prefix + name);
    },
  };
}
