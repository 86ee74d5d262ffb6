import { describe, expect, test } from 'vitest';
import { DeviceRecord } from '../src/storage/device-record.ts';
import type { DeviceStore } from '../src/storage/device-store.ts';

/** A device store whose reads wait until the test lets them through, to stage races with a user switch. */
function slowStore(saved: Record<string, unknown>) {
  const data = new Map(Object.entries(saved));
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const store = {
    get: async (_: string, key: string) => {
      await gate;
      return data.get(key);
    },
    put: async (_: string, entries: Record<string, unknown>) => Object.entries(entries).forEach(([key, value]) => data.set(key, value)),
    delete: async (_: string, keys: string[]) => keys.forEach((key) => data.delete(key)),
  } as unknown as DeviceStore;
  return { store, data, release };
}

const counts = (store: DeviceStore) => new DeviceRecord<Record<string, number>>(store, 'k', () => ({}), () => true);
const bump = (name: string) => (value: Record<string, number>) => ({ ...value, [name]: (value[name] ?? 0) + 1 });

describe('a value kept on the device', () => {
  test('changes made while the saved copy is read are added onto it, not lost or overwriting it', async () => {
    const { store, data, release } = slowStore({ k: { doc_created: 2 } });
    const record = counts(store);
    const loading = record.load();
    record.change(bump('doc_created'));
    record.change(bump('invite'));
    release();
    await loading;
    expect(record.get()).toEqual({ doc_created: 3, invite: 1 });
    expect(data.get('k')).toEqual({ doc_created: 3, invite: 1 });
  });

  test("a user switch while the copy is read drops the previous user's copy and keeps the new user's changes", async () => {
    const { store, data, release } = slowStore({ k: { doc_created: 5 } });
    const record = counts(store);
    const loading = record.load();
    record.change(bump('previous_user_event'));
    const clearing = record.clear();
    record.change(bump('doc_created'));
    release();
    await Promise.all([loading, clearing]);
    expect(record.get()).toEqual({ doc_created: 1 });
    expect(data.get('k')).toEqual({ doc_created: 1 });
  });

  test('a load with nothing changed meanwhile writes nothing; one with changes resolves before its write is done', async () => {
    const { store, release } = slowStore({ k: { doc_created: 2 } });
    const puts: (() => void)[] = [];
    store.put = () => new Promise<void>((resolve) => puts.push(resolve));
    release();
    await counts(store).load();
    expect(puts).toHaveLength(0);

    const changed = counts(store);
    const loading = changed.load();
    changed.change(bump('invite'));
    await loading;
    expect(puts).toHaveLength(1);
    expect(changed.get()).toEqual({ doc_created: 2, invite: 1 });
  });

  test('an old-format copy is dropped rather than misread', async () => {
    const { store, release } = slowStore({ k: { legacy: true } });
    const record = new DeviceRecord<Record<string, number>>(store, 'k', () => ({}), (saved) => !('legacy' in saved));
    release();
    await record.load();
    expect(record.get()).toEqual({});
  });
});
