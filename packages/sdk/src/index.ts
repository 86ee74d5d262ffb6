import type { WidgetType } from '@growthkit/core';
import type { GrowthKit, InitOptions } from './api.ts';
import { createRuntime } from './create-runtime.ts';
import { serverStandIn } from './server-stand-in.ts';
import { mark, START_MARK } from './timing/performance-marks.ts';
import { WIDGET_LOADERS } from './widgets/widget-loaders.ts';

export type {
  CancelFlowOptions,
  CancelFlowResult,
  GrowthKit,
  HostEventName,
  HostEvents,
  HostHandler,
  IdentifyOptions,
  InitOptions,
  Theme,
  Traits,
} from './api.ts';

/**
 * The npm entry: a started GrowthKit instance with the same API as `window.growthkit`
 * (`identify`, `track`, `on`, `flush`, …). Widget code is imported lazily, when a campaign shows. On a server rendering
 * the page (no `document`), an instance whose calls do nothing (server-stand-in.ts).
 */
export function createGrowthKit(options: InitOptions): GrowthKit {
  if (typeof document === 'undefined') return serverStandIn();
  mark(START_MARK);
  const growthkit = createRuntime({
    loadWidget: (type) => {
      if (type === 'debug-panel') return import('./widgets/entries/debug-panel.ts');
      if (Object.hasOwn(WIDGET_LOADERS, type)) return WIDGET_LOADERS[type as WidgetType]();
      return Promise.reject(new Error(`unknown widget type "${type}"`));
    },
  });
  growthkit.init(options);
  return growthkit;
}
