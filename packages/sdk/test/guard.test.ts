// @vitest-environment happy-dom
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createGuard } from '../src/guard.ts';
import { fakeRuntime } from './runtime-support.ts';

beforeEach(() => localStorage.clear());
let destroy: (() => void) | undefined;
afterEach(() => destroy?.());

describe('guard', () => {
  test('a throwing body becomes one warning per kind, not an exception', () => {
    const log = vi.fn();
    const guard = createGuard(log);
    const boom = () => {
      throw new Error('boom');
    };
    expect(() => guard.run('track', boom)).not.toThrow();
    guard.run('track', boom);
    guard.run('page', boom);
    expect(log.mock.calls.map(([message]) => message)).toEqual([
      'growthkit: track failed (Error: boom); GrowthKit keeps running',
      'growthkit: page failed (Error: boom); GrowthKit keeps running',
    ]);
  });

  test('a rejected promise is caught and warned about', async () => {
    const log = vi.fn();
    createGuard(log).run('flush', () => Promise.reject(new Error('offline')));
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith('growthkit: flush failed (Error: offline); GrowthKit keeps running'));
  });

  test("a promise of another realm's Promise (zone.js's on Angular hosts) is caught too, not left to the host's console", async () => {
    const log = vi.fn();
    // what zone.js's ZoneAwarePromise is to the page's native promises: a promise that is no `instanceof Promise` here
    const ForeignPromise = runInNewContext('Promise') as PromiseConstructor;
    createGuard(log).run('flush', () => ForeignPromise.reject(new Error('offline')));
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith('growthkit: flush failed (Error: offline); GrowthKit keeps running'));
  });
});

describe('wrong calls on the public API', () => {
  test('warn once per kind with the fix, never throw, and the SDK keeps working', async () => {
    const { growthkit, log, names } = fakeRuntime([]);
    destroy = growthkit.destroy;
    const api = growthkit as unknown as Record<string, (...args: unknown[]) => unknown>;
    growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test' });
    expect(() => {
      api.track();
      api.track(42);
      api.track('ok', 'not an object');
      api.identify({});
      api.usage('storage_gb', 'lots', 5);
      api.on('cta', 'not a function');
      api.show();
      api.init({ key: 'pk_other', endpoint: 'http://x' });
    }).not.toThrow();
    const messages = log.mock.calls.map(([message]) => message as string);
    expect(messages).toContain(
      "growthkit: track(event, props?) needs an event name string and props as an object, e.g. growthkit('track', 'doc_created', { template: 'blank' })",
    );
    expect(messages.filter((message) => message.startsWith('growthkit: track('))).toHaveLength(1);
    expect(messages.some((message) => message.includes("identify(userId, traits?) needs the user's id"))).toBe(true);
    expect(messages.some((message) => message.includes('usage(metric, used, limit)'))).toBe(true);
    expect(messages.some((message) => message.includes('init was called again'))).toBe(true);

    growthkit.track('still_works');
    await growthkit.flush();
    expect(names()).toContain('still_works');
  });

  test('a throwing host callback does not break the SDK', async () => {
    const { growthkit, log, mounted } = fakeRuntime();
    destroy = growthkit.destroy;
    document.body.innerHTML = '<div data-growthkit="checklist"></div>';
    growthkit.on('shown', () => {
      throw new Error('host bug');
    });
    growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test' });
    await vi.waitFor(() => expect(mounted).toHaveLength(1));
    expect(log).toHaveBeenCalledWith("growthkit: on('shown') handler failed (Error: host bug); GrowthKit keeps running");
  });

  test('calls before init are kept and run after it', async () => {
    const { growthkit, names } = fakeRuntime([]);
    destroy = growthkit.destroy;
    growthkit.track('early');
    growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test' });
    await growthkit.flush();
    expect(names()).toEqual(['page', 'early']);
  });
});
