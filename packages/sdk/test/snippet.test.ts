import { describe, expect, test, vi } from 'vitest';
import type { GrowthKit } from '../src/api.ts';
import { installSnippet } from '../src/snippet.ts';

/** The stub from SPEC §3, as the host page runs it before the script arrives. */
function stubbedWindow() {
  const win: { growthkit?: ((...args: unknown[]) => void) & { q?: IArguments[] } } = {};
  win.growthkit = function (this: unknown) {
    // exactly what the snippet does: keep the call's arguments object
    (win.growthkit!.q = win.growthkit!.q || []).push(arguments);
  };
  return win;
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

describe('snippet stub replay', () => {
  test('calls made before the script loaded are replayed in order', () => {
    const win = stubbedWindow();
    win.growthkit!('init', { key: 'pk_demo', endpoint: 'http://x' });
    win.growthkit!('identify', 'user_42', { plan: 'basic' });
    win.growthkit!('track', 'doc_created');
    const calls: unknown[][] = [];
    installSnippet(fakeInstance(calls), win);
    expect(calls).toEqual([
      ['init', { key: 'pk_demo', endpoint: 'http://x' }],
      ['identify', 'user_42', { plan: 'basic' }],
      ['track', 'doc_created'],
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
    win.growthkit!('trak', 'typo');
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
