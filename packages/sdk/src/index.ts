import type { GrowthKit, InitOptions } from './api.ts';
import { createRuntime } from './create-runtime.ts';
import { mark, START_MARK } from './timing/performance-marks.ts';

export type { GrowthKit, HostEventName, HostEvents, HostHandler, IdentifyOptions, InitOptions, Theme, Traits } from './api.ts';

/**
 * The npm entry: a started GrowthKit instance with the same API as `window.growthkit`
 * (`identify`, `track`, `on`, `flush`, …). Widget code is imported lazily, when a campaign shows.
 */
export function createGrowthKit(options: InitOptions): GrowthKit {
  mark(START_MARK);
  const growthkit = createRuntime({
    loadWidget: (type) => {
      if (type === 'debug-panel') return import('./widgets/entries/debug-panel.ts');
      if (type === 'checklist') return import('./widgets/entries/checklist.ts');
      if (type === 'aha') return import('./widgets/entries/aha.ts');
      if (type === 'value-summary') return import('./widgets/entries/value-summary.ts');
      if (type === 'quota') return import('./widgets/entries/quota.ts');
      if (type === 'upsell') return import('./widgets/entries/upsell.ts');
      return Promise.reject(new Error(`unknown widget type "${type}"`));
    },
  });
  growthkit.init(options);
  return growthkit;
}
