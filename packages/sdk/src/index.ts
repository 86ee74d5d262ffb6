import type { GrowthKit, InitOptions } from './api.ts';
import { createRuntime } from './create-runtime.ts';
import type { WidgetModule } from './widgets/widget-module.ts';

export type { GrowthKit, HostEventName, HostEvents, HostHandler, IdentifyOptions, InitOptions, Theme, Traits } from './api.ts';

/**
 * The npm entry: a started GrowthKit instance with the same API as `window.growthkit`
 * (`identify`, `track`, `on`, `flush`, …). Widget code is imported lazily, when a campaign shows.
 */
export function createGrowthKit(options: InitOptions): GrowthKit {
  const growthkit = createRuntime({
    loadTargeting: () => import('./widgets/entries/targeting.ts'),
    loadWidget: async (type) => {
      if (type === 'debug-panel') return (await import('./widgets/entries/debug-panel.ts')) as unknown as WidgetModule<never>;
      if (type === 'quota') return (await import('./widgets/entries/quota.ts')) as WidgetModule<never>;
      if (type === 'upsell') return (await import('./widgets/entries/upsell.ts')) as WidgetModule<never>;
      if (type !== 'checklist') throw new Error(`unknown widget type "${type}"`);
      return (await import('./widgets/entries/checklist.ts')) as WidgetModule<never>;
    },
  });
  growthkit.init(options);
  return growthkit;
}
