import { newId } from '../event-id.ts';
import type { OutboxEntry } from './outbox.ts';

const PREFIX = 'growthkit:journal:';
/** the most one page keeps in the journal, in characters: an IndexedDB that never answers must not fill the host's localStorage */
const MAX_CHARS = 500_000;

/**
 * The outbox's write-ahead journal, in localStorage: an IndexedDB write started as a page goes (a reload, a `location`
 * change in the task that tracked) is aborted with the document, but a localStorage write is synchronous and survives
 * it. One key per task's events, so a call never re-serialises what earlier tasks wrote; each key is removed once its
 * events are in the outbox store, so the journal holds only what is on its way there.
 */
export interface Journal {
  /** writes one task's entries now; the returned function removes them again */
  write(entries: Record<string, OutboxEntry>): () => void;
  /** the entries pages left unstored (they went before their write committed), and the function that removes them */
  read(): [OutboxEntry[], () => void];
}

export function localJournal(storage: () => Storage = () => localStorage): Journal {
  // this page's keys apart from other tabs' (the id the events get serves, and costs the first script no bytes of its own)
  const page = newId();
  let count = 0;
  let held = 0;
  // Without localStorage (blocked, full, a worker) the journal keeps nothing and the outbox goes on as before.
  const attempt = (work: () => void) => {
    try {
      work();
    } catch {
      // nothing journaled: the IndexedDB write alone keeps these events
    }
  };
  return {
    write(entries) {
      const key = `${PREFIX}${page}:${count++}`;
      let size = 0;
      // props the host passed may not serialise (a cycle, a BigInt): then only IndexedDB keeps them, as before
      attempt(() => {
        const json = JSON.stringify(Object.values(entries));
        if (held + json.length > MAX_CHARS) return;
        storage().setItem(key, json);
        size = json.length;
        held += size;
      });
      return () => {
        held -= size;
        if (size) attempt(() => storage().removeItem(key));
      };
    },
    read() {
      const keys: string[] = [];
      const entries: OutboxEntry[] = [];
      attempt(() => {
        const local = storage();
        for (let i = 0; i < local.length; i++) if (local.key(i)?.startsWith(PREFIX)) keys.push(local.key(i)!);
        for (const key of keys) attempt(() => entries.push(...(JSON.parse(local.getItem(key)!) as OutboxEntry[])));
      });
      return [entries, () => attempt(() => keys.map((key) => storage().removeItem(key)))];
    },
  };
}
