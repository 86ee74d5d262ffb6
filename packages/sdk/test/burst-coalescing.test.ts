// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { OutboxEntry } from '../src/outbox/outbox.ts';
import { decideOnDevice } from '../src/campaigns/decide-on-device.ts';
import { memoryStore } from './outbox-support.ts';
import { fakeRuntime, widgetsUpdated } from './runtime-support.ts';

// the real decision, counted
vi.mock('../src/campaigns/decide-on-device.ts', async (original) => {
  const actual = await original<typeof import('../src/campaigns/decide-on-device.ts')>();
  return { ...actual, decideOnDevice: vi.fn(actual.decideOnDevice) };
});

let destroy: (() => void) | undefined;
beforeEach(() => {
  localStorage.clear();
  document.body.innerHTML = '<nav><div data-growthkit="checklist"></div></nav>';
});
afterEach(() => destroy?.());

test('100 track calls in one task are one decision, one widget update and a few device writes (SPEC §11 long tasks)', async () => {
  const store = memoryStore();
  const { growthkit, mounted, events } = fakeRuntime(undefined, store);
  destroy = growthkit.destroy;
  growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test', locale: 'en' });
  growthkit.identify('user_1', { role: 'engineer' });
  await vi.waitFor(() => expect(mounted).toHaveLength(1));
  await new Promise((resolve) => setTimeout(resolve, 50));
  const decisions = vi.mocked(decideOnDevice);
  decisions.mockClear();
  // the widget follows its signals: one write of the steps' statuses is one widget update
  const statusWrites = vi.fn();
  mounted[0].props.statuses.subscribe(statusWrites);
  statusWrites.mockClear();
  // each put is one IndexedDB transaction (the outbox); each setItem one localStorage write (counters, ledger, state;
  // Identity's session last-seen time, written with every event, is not counted here, nor the outbox's journal)
  const writes = vi.spyOn(store, 'put');
  const localWrites = vi.spyOn(localStorage, 'setItem');
  const keys = () => localWrites.mock.calls.map(([key]) => key);
  const journaled = () => keys().filter((key) => key.startsWith('growthkit:journal:'));
  const saves = () => keys().filter((key) => key !== 'growthkit:session' && !journaled().includes(key));

  for (let i = 0; i < 100; i++) growthkit.track('doc_created');
  expect(decisions).not.toHaveBeenCalled(); // the host's task is not made longer by a decision per call
  await widgetsUpdated();

  expect(decisions).toHaveBeenCalledTimes(1);
  expect(statusWrites).toHaveBeenCalledTimes(1);
  expect(mounted[0].props.statuses.value[0]).toMatchObject({ id: 'create_doc', status: 'done' });
  // the burst: the 100 events in one outbox write, the counters, the value ledger; the update after it: the step's
  // progress and its gk.step_completed event
  expect(writes.mock.calls.length + saves().length).toBeLessThanOrEqual(5);
  expect(saves()).toEqual(expect.arrayContaining(['growthkit:counters:pk_test', 'growthkit:values:pk_test']));
  // the outbox's journal: one write per outbox write, not one per event
  expect(journaled()).toHaveLength(writes.mock.calls.length);
  const stored = writes.mock.calls.flatMap(([entries]) => Object.values(entries as Record<string, OutboxEntry>));
  expect(stored.filter((entry) => entry.event.name === 'doc_created')).toHaveLength(100);

  // every event is stored before it is sent, and each is sent once
  await growthkit.flush();
  expect(events.filter((event) => event.name === 'doc_created')).toHaveLength(100);
});
