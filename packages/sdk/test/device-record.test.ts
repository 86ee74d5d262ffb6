// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { localValues } from '../src/local-values.ts';
import { DeviceRecord } from '../src/storage/device-record.ts';

const counts = () => new DeviceRecord<Record<string, number>>(localValues(), 'k', () => ({}));
const bump = (name: string) => (value: Record<string, number>) => ({ ...value, [name]: (value[name] ?? 0) + 1 });
const saved = () => JSON.parse(localStorage.getItem('growthkit:k') ?? 'null');

beforeEach(() => localStorage.clear());

describe('a value kept on the device', () => {
  test('is there at once on the next page view, without waiting for anything', () => {
    localStorage.setItem('growthkit:k', JSON.stringify({ doc_created: 2 }));
    const record = counts();
    expect(record.get()).toEqual({ doc_created: 2 });
    record.change(bump('doc_created'));
    expect(record.get()).toEqual({ doc_created: 3 });
  });

  test('changes made in one task are saved once, at its end, and a reload reads them back', async () => {
    const writes = vi.spyOn(localStorage, 'setItem');
    const record = counts();
    for (let i = 0; i < 10; i++) record.change(bump('doc_created'));
    record.change(bump('invite'));
    expect(writes).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(writes).toHaveBeenCalledTimes(1);
    writes.mockRestore();
    expect(counts().get()).toEqual({ doc_created: 10, invite: 1 });
  });

  test('a page view that changes nothing writes nothing', async () => {
    localStorage.setItem('growthkit:k', JSON.stringify({ doc_created: 2 }));
    const writes = vi.spyOn(localStorage, 'setItem');
    counts().get();
    await new Promise((resolve) => setTimeout(resolve));
    expect(writes).not.toHaveBeenCalled();
    writes.mockRestore();
  });

  test("clear (user switch or reset) takes the previous user's copy off the device", async () => {
    const record = counts();
    record.change(bump('previous_user_event'));
    await Promise.resolve();
    record.clear();
    expect(record.get()).toEqual({});
    expect(saved()).toBeNull();
    record.change(bump('doc_created'));
    await Promise.resolve();
    expect(counts().get()).toEqual({ doc_created: 1 });
  });

  test('an old-format copy is dropped rather than misread', () => {
    localStorage.setItem('growthkit:k', JSON.stringify({ legacy: true }));
    const record = new DeviceRecord<Record<string, number>>(localValues(), 'k', () => ({}), (copy) => !('legacy' in copy));
    expect(record.get()).toEqual({});
  });

  test('where localStorage throws (storage disabled), changes still count for this page view', async () => {
    const refuse = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const spies = (['getItem', 'setItem', 'removeItem'] as const).map((method) => vi.spyOn(localStorage, method).mockImplementation(refuse));
    const record = counts();
    record.change(bump('doc_created'));
    await Promise.resolve();
    record.change(bump('doc_created'));
    expect(record.get()).toEqual({ doc_created: 2 });
    expect(() => record.clear()).not.toThrow();
    for (const spy of spies) spy.mockRestore();
  });
});
