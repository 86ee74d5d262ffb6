import type { CancelFlowResult } from '@growthkit/core';
import type { GrowthKit } from './api.ts';

const nothing = () => undefined;

/**
 * GrowthKit where a host's code runs on a server (Next.js, Nuxt, Remix render the page's modules in Node first): no
 * page, no user, no device. Every call is accepted and does nothing, quietly, so the same module serves both sides; the
 * browser's createGrowthKit starts the real one. A cancel flow proceeds, as it does whenever GrowthKit cannot run it.
 */
export function serverStandIn(): GrowthKit {
  return {
    init: nothing,
    identify: nothing,
    group: nothing,
    track: nothing,
    usage: nothing,
    page: nothing,
    on: nothing,
    off: nothing,
    show: nothing,
    reset: nothing,
    destroy: nothing,
    flush: () => Promise.resolve(),
    cancelFlow(_options, callback) {
      const result: CancelFlowResult = { outcome: 'proceed' };
      callback?.(result);
      return Promise.resolve(result);
    },
  };
}
