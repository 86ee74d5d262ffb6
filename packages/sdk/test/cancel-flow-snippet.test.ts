import { runInNewContext } from 'node:vm';
import { describe, expect, test, vi } from 'vitest';
import { readmeSnippet } from '../../../test/support/readme-snippet.ts';
import type { GrowthKit } from '../src/api.ts';
import { installSnippet } from '../src/snippet.ts';

describe("the snippet's stub and cancelFlow", () => {
  /** a page that ran the README's stub, with the timers the stub's fallback needs */
  function stubbedPage() {
    const win: Record<string, unknown> = { setTimeout, Promise };
    win.window = win;
    runInNewContext(readmeSnippet().stub, win);
    return win as { growthkit: ((...args: unknown[]) => unknown) & { cancelFlow(options?: unknown): Promise<unknown> } };
  }

  test('a script that never arrives: both forms get proceed after 3 s, and a script arriving later does not run them', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const win = stubbedPage();
      const callback = vi.fn();
      win.growthkit('cancelFlow', {}, callback);
      const promise = win.growthkit.cancelFlow();
      await vi.advanceTimersByTimeAsync(2999);
      expect(callback).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(callback).toHaveBeenCalledExactlyOnceWith({ outcome: 'proceed' });
      await expect(promise).resolves.toEqual({ outcome: 'proceed' });
      const cancelFlow = vi.fn(async () => ({ outcome: 'cancelled' as const }));
      installSnippet({ cancelFlow, track: vi.fn() } as unknown as GrowthKit, win);
      expect(cancelFlow).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  test('a page whose script is blocked keeps only its first 1,000 calls queued, and a cancel flow past them still gets proceed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const win = stubbedPage();
      for (let i = 0; i < 5_000; i++) win.growthkit('track', `clicked_${i}`);
      const promise = win.growthkit.cancelFlow();
      const queue = (win.growthkit as unknown as { q: ArrayLike<unknown>[] }).q;
      expect(queue).toHaveLength(1_000);
      expect([Array.from(queue[0]!), Array.from(queue[999]!)]).toEqual([
        ['track', 'clicked_0'],
        ['track', 'clicked_999'],
      ]);
      await vi.advanceTimersByTimeAsync(3000);
      await expect(promise).resolves.toEqual({ outcome: 'proceed' });
    } finally {
      vi.useRealTimers();
    }
  });

  test('a script arriving in time takes the call over: the stub stays quiet and the script answers', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const win = stubbedPage();
      const callback = vi.fn();
      win.growthkit('cancelFlow', { campaignId: 'cancel-flow' }, callback);
      const cancelFlow = vi.fn((_options: unknown, answer: (result: unknown) => void) => answer({ outcome: 'saved' }));
      await vi.advanceTimersByTimeAsync(1000);
      installSnippet({ cancelFlow } as unknown as GrowthKit, win);
      expect(cancelFlow).toHaveBeenCalledWith({ campaignId: 'cancel-flow' }, callback);
      await vi.advanceTimersByTimeAsync(5000);
      expect(callback).toHaveBeenCalledExactlyOnceWith({ outcome: 'saved' });
    } finally {
      vi.useRealTimers();
    }
  });
});
