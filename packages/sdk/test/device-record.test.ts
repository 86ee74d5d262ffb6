// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { localValues } from '../src/local-values.ts';
import { DeviceRecord } from '../src/storage/device-record.ts';

/** the smallest kind of record: a count per name */
class Tally extends DeviceRecord<Record<string, number>> {
  constructor(current?: (saved: Record<string, number>) => boolean) {
    super(localValues(), 'k', () => ({}), current);
  }

  bump(name: string): void {
    this.change((value) => ({ ...value, [name]: (value[name] ?? 0) + 1 }));
  }
}
const counts = () => new Tally();
const saved = () => JSON.parse(localStorage.getItem('growthkit:k') ?? 'null');

beforeEach(() => localStorage.clear());

describe('a value kept on the device', () => {
  test('is there at once on the next page view, without waiting for anything', () => {
    localStorage.setItem('growthkit:k', JSON.stringify({ doc_created: 2 }));
    const record = counts();
    expect(record.all()).toEqual({ doc_created: 2 });
    record.bump('doc_created');
    expect(record.all()).toEqual({ doc_created: 3 });
  });

  test('changes made in one task are saved once, at its end, and a reload reads them back', async () => {
    const writes = vi.spyOn(localStorage, 'setItem');
    const record = counts();
    for (let i = 0; i < 10; i++) record.bump('doc_created');
    record.bump('invite');
    expect(writes).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(writes).toHaveBeenCalledTimes(1);
    writes.mockRestore();
    expect(counts().all()).toEqual({ doc_created: 10, invite: 1 });
  });

  test('a page view that changes nothing writes nothing', async () => {
    localStorage.setItem('growthkit:k', JSON.stringify({ doc_created: 2 }));
    const writes = vi.spyOn(localStorage, 'setItem');
    counts().all();
    await new Promise((resolve) => setTimeout(resolve));
    expect(writes).not.toHaveBeenCalled();
    writes.mockRestore();
  });

  test("clear (user switch or reset) takes the previous user's copy off the device", async () => {
    const record = counts();
    record.bump('previous_user_event');
    await Promise.resolve();
    record.clear();
    expect(record.all()).toEqual({});
    expect(saved()).toBeNull();
    record.bump('doc_created');
    await Promise.resolve();
    expect(counts().all()).toEqual({ doc_created: 1 });
  });

  test('an old-format copy is dropped rather than misread', () => {
    localStorage.setItem('growthkit:k', JSON.stringify({ legacy: true }));
    const record = new Tally((copy) => !('legacy' in copy));
    expect(record.all()).toEqual({});
  });

  test('where localStorage throws (storage disabled), changes still count for this page view', async () => {
    const refuse = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const spies = (['getItem', 'setItem', 'removeItem'] as const).map((method) =>
      vi.spyOn(localStorage, method).mockImplementation(refuse),
    );
    const record = counts();
    record.bump('doc_created');
    await Promise.resolve();
    record.bump('doc_created');
    expect(record.all()).toEqual({ doc_created: 2 });
    expect(() => record.clear()).not.toThrow();
    for (const spy of spies) spy.mockRestore();
  });
});
