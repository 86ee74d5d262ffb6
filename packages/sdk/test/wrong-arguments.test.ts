// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { GrowthKit } from '../src/api.ts';
import { createGrowthKit } from '../src/index.ts';
import { installSnippet } from '../src/snippet.ts';
import { fakeRuntime } from './runtime-support.ts';

beforeEach(() => localStorage.clear());
let destroy: (() => void) | undefined;
afterEach(() => destroy?.());

type Loose = Record<string, (...args: unknown[]) => unknown>;

const INIT = { key: 'pk_test', endpoint: 'http://collector.test' };

/** an object that throws on any access, even `typeof`-free ones: get, has, keys, descriptors */
const hostile = () =>
  new Proxy(
    {},
    {
      get() {
        throw new Error('trap');
      },
      has() {
        throw new Error('trap');
      },
      ownKeys() {
        throw new Error('trap');
      },
      getOwnPropertyDescriptor() {
        throw new Error('trap');
      },
      getPrototypeOf() {
        throw new Error('trap');
      },
    },
  );

const cyclic = () => {
  const props: Record<string, unknown> = { a: 1 };
  props.self = props;
  return props;
};

const throwingGetter = () =>
  Object.defineProperty({}, 'boom', {
    enumerable: true,
    get() {
      throw new Error('getter');
    },
  });

/** every kind of wrong value a page can pass where GrowthKit wants a name, an object or a number */
const WRONG: unknown[] = [
  undefined,
  null,
  0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Symbol('s'),
  10n,
  'x'.repeat(1_000_000),
  () => 'fn',
  new Date(),
  [],
  hostile(),
  cyclic(),
  throwingGetter(),
  { big: 10n },
  { nested: { deeper: [1, 2n] } },
  { huge: 'x'.repeat(100_000) },
];

describe('every kind of wrong argument', () => {
  test('no method throws, each warns with the fix, and a valid track still reaches the collector', async () => {
    const { growthkit, log, events } = fakeRuntime([]);
    destroy = growthkit.destroy;
    const api = growthkit as unknown as Loose;
    growthkit.init(INIT);
    const methods = ['identify', 'group', 'track', 'usage', 'page', 'on', 'off', 'show', 'reset'];
    expect(() => {
      for (const method of methods) {
        for (const wrong of WRONG) {
          api[method](wrong);
          api[method]('name', wrong);
          api[method]('name', 1, wrong);
          api[method](wrong, wrong, wrong);
        }
      }
    }).not.toThrow();
    growthkit.track('still_works', { n: 1 });
    await growthkit.flush();
    // the bad calls' events were dropped at the call: none reached the outbox to block a batch
    expect(events.at(-1)?.name).toBe('still_works');
    expect(events.filter((event) => JSON.stringify(event.props).length > 16_384)).toEqual([]);
    const messages = log.mock.calls.map(([message]) => message as string);
    expect(messages.every((message) => message.startsWith('growthkit: '))).toBe(true);
    expect(messages.filter((message) => message.includes('failed ('))).toEqual([]);
    expect(messages).toContain("growthkit: track's objects must be plain JSON under 16 KB; the call was dropped");
  });

  test('props with a BigInt, a cycle or a throwing getter are dropped with one warning; the events around them go', async () => {
    const { growthkit, log, names } = fakeRuntime([]);
    destroy = growthkit.destroy;
    growthkit.init(INIT);
    growthkit.track('before');
    growthkit.track('big', { n: 10n });
    growthkit.track('cycle', cyclic());
    growthkit.track('getter', throwingGetter());
    growthkit.track('proxy', hostile() as Record<string, unknown>);
    growthkit.track('after');
    await growthkit.flush();
    growthkit.track('later');
    await growthkit.flush();
    expect(names().filter((name) => name !== 'page')).toEqual(['before', 'after', 'later']);
    expect(log.mock.calls.filter(([message]) => String(message).includes("track's objects"))).toHaveLength(1);
  });

  test('props are JSON as sent: Dates as strings, NaN as null, functions left out, and read at the call', async () => {
    const { growthkit, events } = fakeRuntime([]);
    destroy = growthkit.destroy;
    const props: Record<string, unknown> = { at: new Date('2026-12-01T00:00:00Z'), ratio: Number.NaN, run: () => 1, n: 1 };
    // before init: the call waits in the queue, and the host changes the object meanwhile
    growthkit.track('early', props);
    props.n = 2;
    growthkit.init(INIT);
    await growthkit.flush();
    expect(events.find((event) => event.name === 'early')?.props).toEqual({ at: '2026-12-01T00:00:00.000Z', ratio: null, n: 1 });
  });

  test('a quota with no limit (0) or a negative use is refused with the fix; a meter over its limit is fine', async () => {
    const { growthkit, log } = fakeRuntime([]);
    destroy = growthkit.destroy;
    const api = growthkit as unknown as Loose;
    growthkit.init(INIT);
    const warnings = () => log.mock.calls.map(([message]) => String(message)).filter((message) => message.includes('usage('));
    growthkit.usage('storage_gb', 6, 5);
    growthkit.usage('storage_gb', 0, 5);
    expect(warnings()).toEqual([]);
    growthkit.usage('storage_gb', 5, 0);
    api.usage('storage_gb', -1, 5);
    api.usage('storage_gb', '4', 5);
    expect(warnings()).toEqual([
      "growthkit: usage(metric, used, limit) needs a name, used and limit > 0, e.g. growthkit('usage', 'storage_gb', 4.6, 5)",
    ]);
  });

  test('a Date is no user id, and a hash that is no string is refused (it would get every later event rejected)', async () => {
    const { growthkit, log, events } = fakeRuntime([]);
    destroy = growthkit.destroy;
    const api = growthkit as unknown as Loose;
    growthkit.init(INIT);
    api.identify(new Date());
    api.identify('user_1', {}, { hash: 42 });
    api.identify('x'.repeat(129));
    growthkit.identify('user_2', { plan: 'basic' });
    await growthkit.flush();
    expect(events.filter((event) => event.type === 'identify').map((event) => event.userId)).toEqual(['user_2']);
    expect(log.mock.calls.filter(([message]) => String(message).includes('identify(userId, traits?)'))).toHaveLength(1);
  });

  test("event names that are Object's own (constructor, __proto__, toString) are counted like any other", async () => {
    const { growthkit, log, names } = fakeRuntime([]);
    destroy = growthkit.destroy;
    growthkit.init(INIT);
    const tricky = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
    for (const name of [...tricky, ...tricky]) growthkit.track(name);
    await growthkit.flush();
    expect(names().filter((name) => tricky.includes(name))).toHaveLength(10);
    expect(log).not.toHaveBeenCalled();
    const counters = JSON.parse(localStorage.getItem('growthkit:counters:pk_test')!) as Record<string, { total: number }>;
    expect(tricky.map((name) => Object.getOwnPropertyDescriptor(counters, name)?.value.total)).toEqual([2, 2, 2, 2, 2]);
  });

  test('init with options that throw on any access warns, starts nothing, and a later valid init works', async () => {
    const { growthkit, log, names } = fakeRuntime([]);
    destroy = growthkit.destroy;
    const api = growthkit as unknown as Loose;
    expect(() => {
      api.init(hostile());
      api.init(throwingGetter());
      api.init({ ...INIT, extra: 1n });
      api.init(null);
    }).not.toThrow();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('init(options) needs the publishable key and the collector URL'));
    growthkit.init(INIT);
    growthkit.track('works');
    await growthkit.flush();
    expect(names()).toEqual(['page', 'works']);
  });

  test('init with a secret key, or an endpoint that is no http(s) URL, warns with the fix and sends nothing', async () => {
    const { growthkit, log, fetch } = fakeRuntime([]);
    destroy = growthkit.destroy;
    growthkit.init({ ...INIT, key: 'sk_demo' });
    growthkit.init({ ...INIT, endpoint: 'growth.example.com' });
    growthkit.init({ ...INIT, endpoint: 'localhost:8787' });
    growthkit.track('early');
    await growthkit.flush();
    expect(fetch).not.toHaveBeenCalled();
    // one kind of wrong call, warned once
    expect(log.mock.calls).toEqual([
      [
        "growthkit: init(options) needs the publishable key and the collector URL, e.g. growthkit('init', { key: 'pk_demo', endpoint: 'https://growth.example.com' })",
      ],
    ]);
  });

  test('a page that never calls init: the first 1,000 calls wait for it, later ones are dropped with one warning', async () => {
    const { growthkit, log, names } = fakeRuntime([]);
    destroy = growthkit.destroy;
    for (let call = 0; call < 1005; call++) growthkit.track(`early_${call}`);
    expect(log.mock.calls).toEqual([['growthkit: calls wait for init, the first 1000 only: call init first']]);
    growthkit.init(INIT);
    await growthkit.flush();
    expect(names().filter((name) => name.startsWith('early_'))).toHaveLength(1000);
    expect(names().at(-1)).toBe('early_999');
  });

  test("a locale that is no language tag is replaced by the browser's, with a warning (the collector would reject every event)", async () => {
    const { growthkit, log, events } = fakeRuntime([]);
    destroy = growthkit.destroy;
    growthkit.init({ ...INIT, locale: 'x'.repeat(40) });
    growthkit.track('works');
    await growthkit.flush();
    expect(events.map((event) => event.context?.locale)).toEqual([navigator.language, navigator.language]);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('init(options) needs a language tag as locale'));
  });

  test('a very long page URL is cut to what the collector takes', async () => {
    const { growthkit, events } = fakeRuntime([]);
    destroy = growthkit.destroy;
    history.replaceState({}, '', `/?q=${'x'.repeat(5000)}`);
    growthkit.init(INIT);
    await growthkit.flush();
    history.replaceState({}, '', '/');
    expect(events[0].context?.url).toHaveLength(2048);
  });

  test('switching users while the collector is unreachable rejects no promise in the page', async () => {
    const { growthkit, fetch, log } = fakeRuntime([]);
    destroy = growthkit.destroy;
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      fetch.mockRejectedValue(new TypeError('Failed to fetch'));
      growthkit.init(INIT);
      growthkit.identify('user_1');
      growthkit.identify('user_2');
      await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.stringContaining('Failed to fetch')));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  test('a page without a secure context (plain http: no crypto.randomUUID) still gets its events sent', async () => {
    const getRandomValues = crypto.getRandomValues.bind(crypto);
    vi.stubGlobal('crypto', { getRandomValues });
    try {
      const { growthkit, events, log } = fakeRuntime([]);
      destroy = growthkit.destroy;
      growthkit.init(INIT);
      growthkit.track('on_http');
      await growthkit.flush();
      expect(events.map((event) => event.name)).toEqual(['page', 'on_http']);
      expect(events.every((event) => /^[0-9a-f]{32}$/.test(event.id) && /^[0-9a-f]{32}$/.test(event.anonymousId))).toBe(true);
      expect(log).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  test('calls after destroy and after reset throw nothing', async () => {
    const { growthkit, names } = fakeRuntime([]);
    growthkit.init(INIT);
    growthkit.reset();
    growthkit.track('after_reset');
    await growthkit.flush();
    expect(names()).toContain('after_reset');
    growthkit.destroy();
    expect(() => {
      growthkit.track('after_destroy', { n: 10n } as never);
      growthkit.reset();
      growthkit.destroy();
    }).not.toThrow();
    await expect(growthkit.flush()).resolves.toBeUndefined();
  });
});

describe('the npm entry', () => {
  test('createGrowthKit with options of any wrong kind throws nothing, warns with the fix, and gives a working API', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      for (const options of [undefined, null, 42, 'pk_test', hostile(), throwingGetter(), { key: 10n }, { key: 'pk_test' }]) {
        const growthkit = createGrowthKit(options as never);
        expect(() => {
          growthkit.track('before_a_valid_init', { n: 10n } as never);
          growthkit.destroy();
        }).not.toThrow();
      }
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('init(options) needs the publishable key and the collector URL'));
    } finally {
      warn.mockRestore();
    }
  });
});

describe('the snippet stub, whatever the page left in it', () => {
  test('entries that are no call, and a method name of any type, warn and throw nothing; the good calls replay', () => {
    const calls: unknown[][] = [];
    const record =
      (name: string) =>
      (...args: unknown[]) =>
        void calls.push([name, ...args]);
    const instance = { track: record('track'), page: record('page'), destroy: record('destroy') } as unknown as GrowthKit;
    const warn = vi.fn();
    const win = { growthkit: { q: [null, 5, hostile(), ['track', 'first'], [10n], [Symbol('s')], [hostile()], ['page']] } };
    const global = installSnippet(instance, win as never, warn) as unknown as (...args: unknown[]) => unknown;
    expect(calls).toEqual([['track', 'first'], ['page']]);
    expect(() => {
      global(10n);
      global(Object.create(null));
      global(hostile());
      global('x'.repeat(100_000));
    }).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/^growthkit: unknown method .*; use one of track, page$/);
  });

  test('a queue that throws when read installs the global all the same', () => {
    const warn = vi.fn();
    const win = { growthkit: { q: hostile() } };
    const calls: unknown[][] = [];
    const instance = { page: () => void calls.push(['page']) } as unknown as GrowthKit;
    expect(() => installSnippet(instance, win as never, warn)).not.toThrow();
    (win.growthkit as unknown as (...args: unknown[]) => unknown)('page');
    expect(calls).toEqual([['page']]);
  });
});
