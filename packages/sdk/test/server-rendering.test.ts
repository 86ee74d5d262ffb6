import { afterEach, expect, test, vi } from 'vitest';
import { createGrowthKit } from '../src/index.ts';

// A host's module that creates GrowthKit runs on the server first when the host renders its pages there (Next.js, Nuxt,
// Remix): plain Node, no window, no document, no IndexedDB. There it must cost the server nothing and say nothing.

afterEach(() => vi.restoreAllMocks());

test('on a server, createGrowthKit gives the whole API: every call does nothing, says nothing, and leaves nothing running', async () => {
  const said = [vi.spyOn(console, 'warn'), vi.spyOn(console, 'error'), vi.spyOn(console, 'log')];
  const timers = [vi.spyOn(globalThis, 'setTimeout'), vi.spyOn(globalThis, 'setInterval')];
  const unhandled = vi.fn();
  process.on('unhandledRejection', unhandled);
  try {
    const growthkit = createGrowthKit({ key: 'pk_demo', endpoint: 'https://growth.example.com' });
    growthkit.init({ key: 'pk_demo', endpoint: 'https://growth.example.com' });
    growthkit.identify('user_42', { plan: 'basic' });
    growthkit.group('acct_7', { seats: 5 });
    growthkit.track('doc_created', { template: 'blank' });
    growthkit.usage('storage_gb', 4.5, 5);
    growthkit.page();
    growthkit.on('cta', () => {});
    growthkit.off('cta', () => {});
    growthkit.show('onboarding');
    const callback = vi.fn();
    // the host's own cancellation goes ahead, as whenever GrowthKit cannot run the flow
    expect(await growthkit.cancelFlow({}, callback)).toEqual({ outcome: 'proceed' });
    expect(callback).toHaveBeenCalledWith({ outcome: 'proceed' });
    await growthkit.flush();
    growthkit.reset();
    growthkit.destroy();
    // what a started runtime would leave: timers, a pending IndexedDB open that rejects 3 s later
    for (const spy of timers) expect(spy).not.toHaveBeenCalled();
    await new Promise((resolve) => setImmediate(resolve));
    for (const spy of said) expect(spy).not.toHaveBeenCalled();
    expect(unhandled).not.toHaveBeenCalled();
  } finally {
    process.off('unhandledRejection', unhandled);
  }
});
