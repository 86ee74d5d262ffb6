import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, test, vi } from 'vitest';
import type { GrowthKit } from '../src/api.ts';
import { createRuntime } from '../src/create-runtime.ts';
import { installSnippet } from '../src/snippet.ts';
import { readmeSnippet } from '../../../test/support/readme-snippet.ts';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

type Stubbed = ((...args: unknown[]) => unknown) & Record<string, (...args: unknown[]) => unknown> & { q?: ArrayLike<unknown>[] };

/** A window the host page's inline snippet has run in, before the script arrives. */
function stubbedWindow(script = readmeSnippet().stub) {
  const win: { window?: unknown; growthkit?: Stubbed } = {};
  win.window = win;
  runInNewContext(script, win);
  return win as { growthkit: Stubbed };
}

const fakeInstance = (calls: unknown[][]): GrowthKit => {
  const record =
    (name: string) =>
    (...args: unknown[]) =>
      void calls.push([name, ...args]);
  return {
    init: record('init'),
    identify: record('identify'),
    group: record('group'),
    track: record('track'),
    usage: record('usage'),
    page: record('page'),
    on: record('on'),
    off: record('off'),
    show: record('show'),
    reset: record('reset'),
    flush: async () => void calls.push(['flush']),
    destroy: record('destroy'),
  } as GrowthKit;
};

describe('the official snippet', () => {
  test('the demo runs the README snippet, stub for stub', () => {
    expect(readmeSnippet().stub).toContain("'init identify group track usage page on off show reset flush'");
    const demo = read('demo/index.html')
      .split('\n')
      .map((line) => line.trim())
      .join('\n');
    expect(demo).toContain(readmeSnippet().stub);
  });

  test('its stub has every method of the API as a property, but destroy', () => {
    const growthkit = stubbedWindow().growthkit;
    const methods = Object.keys(createRuntime({ loadWidget: () => Promise.reject(new Error('none')) }));
    expect(Object.keys(growthkit).sort()).toEqual(methods.filter((name) => name !== 'destroy').sort());
  });

  test('the README snippet runs as written: init and identify are queued', () => {
    const win = stubbedWindow(readmeSnippet().script);
    const calls: unknown[][] = [];
    installSnippet(fakeInstance(calls), win);
    expect(calls.map(([name]) => name)).toEqual(['init', 'identify']);
    expect(calls[1]).toEqual(['identify', 'user_42', { plan: 'basic', role: 'marketer', signed_up_at: '2026-10-01' }]);
  });

  test('running it again, or after the script loaded, changes nothing', () => {
    const win = stubbedWindow();
    const growthkit = win.growthkit;
    runInNewContext(readmeSnippet().stub, win);
    expect(win.growthkit).toBe(growthkit);
    const calls: unknown[][] = [];
    const loaded = installSnippet(fakeInstance(calls), win);
    runInNewContext(readmeSnippet().stub, win);
    expect(win.growthkit).toBe(loaded);
    expect(loaded.track).not.toBe(growthkit.track);
  });
});

describe('snippet stub replay', () => {
  test('calls made before the script loaded are replayed in order, in both shapes', () => {
    const win = stubbedWindow();
    const handler = () => undefined;
    win.growthkit('init', { key: 'pk_demo', endpoint: 'http://x' });
    win.growthkit.identify('user_42', { plan: 'basic' });
    win.growthkit.group('acct_7');
    win.growthkit('track', 'doc_created');
    win.growthkit.on('cta', handler);
    win.growthkit.track('report_generated', { pages: 3 });
    win.growthkit.usage('storage_gb', 4.6, 5);
    win.growthkit.off('cta', handler);
    win.growthkit.show('onboarding');
    win.growthkit.page();
    win.growthkit.reset();
    const calls: unknown[][] = [];
    installSnippet(fakeInstance(calls), win);
    expect(calls).toEqual([
      ['init', { key: 'pk_demo', endpoint: 'http://x' }],
      ['identify', 'user_42', { plan: 'basic' }],
      ['group', 'acct_7'],
      ['track', 'doc_created'],
      ['on', 'cta', handler],
      ['track', 'report_generated', { pages: 3 }],
      ['usage', 'storage_gb', 4.6, 5],
      ['off', 'cta', handler],
      ['show', 'onboarding'],
      ['page'],
      ['reset'],
    ]);
  });

  test('flush before load resolves, and is replayed', async () => {
    const win = stubbedWindow();
    await expect(win.growthkit.flush()).resolves.toBeUndefined();
    const calls: unknown[][] = [];
    installSnippet(fakeInstance(calls), win);
    expect(calls).toEqual([['flush']]);
  });

  test('a stub of the short form (SPEC §3) is replayed too, and an array is an argument, not a call', () => {
    const q: ArrayLike<unknown>[] = [
      ['identify', 'user_42'],
      ['track', 'doc_created', ['a', 'b']],
    ];
    const win = { growthkit: Object.assign(() => undefined, { q }) };
    const calls: unknown[][] = [];
    installSnippet(fakeInstance(calls), win);
    expect(calls).toEqual([
      ['identify', 'user_42'],
      ['track', 'doc_created', ['a', 'b']],
    ]);
  });

  test('after load, growthkit stays callable and also has the methods as properties', async () => {
    const win = stubbedWindow();
    const calls: unknown[][] = [];
    installSnippet(fakeInstance(calls), win);
    const growthkit = win.growthkit as unknown as GrowthKit & ((...args: unknown[]) => unknown);
    growthkit('track', 'a', { n: 1 });
    growthkit.track('b');
    await growthkit.flush();
    expect(calls).toEqual([['track', 'a', { n: 1 }], ['track', 'b'], ['flush']]);
  });

  test('an unknown method warns once and throws nothing', () => {
    const win = stubbedWindow();
    win.growthkit('trak', 'typo');
    const warn = vi.fn();
    installSnippet(fakeInstance([]), win, warn);
    const growthkit = win.growthkit as unknown as (...args: unknown[]) => unknown;
    expect(() => growthkit('trak', 'again')).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toContain('unknown method "trak"');
  });

  test('without a stub (script loaded first) the global is still installed', () => {
    const win: { growthkit?: unknown } = {};
    const calls: unknown[][] = [];
    installSnippet(fakeInstance(calls), win);
    (win.growthkit as (...args: unknown[]) => void)('page');
    expect(calls).toEqual([['page']]);
  });
});
