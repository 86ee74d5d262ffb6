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

/** the instances running on this page, by collector and key: a module that runs again (hot reload) gets its own back */
const running = new Map<string, GrowthKit>();
let warnedAgain = false;

/** which project `options` start, or undefined for options without one (init says what is wrong) */
function projectOf(options: InitOptions): string | undefined {
  try {
    const { endpoint, key } = options;
    return typeof endpoint === 'string' && typeof key === 'string' ? `${endpoint} ${key}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The npm entry: a started GrowthKit instance with the same API as `window.growthkit`
 * (`identify`, `track`, `on`, `flush`, …). Widget code is imported lazily, when a campaign shows. One per project on
 * a page: called again for a project whose instance runs (a module hot-reloaded, an effect run twice), it warns once
 * and gives that instance, since a second would show every widget twice; `destroy()` ends it, and the next call starts
 * a new one. On a server rendering the page (no `document`), an instance whose calls do nothing (server-stand-in.ts).
 */
export function createGrowthKit(options: InitOptions): GrowthKit {
  if (typeof document === 'undefined') return serverStandIn();
  const project = projectOf(options);
  const current = project === undefined ? undefined : running.get(project);
  if (current) {
    if (!warnedAgain)
      console.warn(
        'growthkit: createGrowthKit was called again for a project already running on this page: its instance is returned; call destroy() on it first to start another (e.g. in your hot-reload dispose)',
      );
    warnedAgain = true;
    return current;
  }
  mark(START_MARK);
  const runtime = createRuntime({
    loadWidget: (type) => {
      if (type === 'debug-panel') return import('./widgets/entries/debug-panel.ts');
      if (Object.hasOwn(WIDGET_LOADERS, type)) return WIDGET_LOADERS[type as WidgetType]();
      return Promise.reject(new Error(`unknown widget type "${type}"`));
    },
  });
  const growthkit: GrowthKit = {
    ...runtime,
    destroy() {
      if (project !== undefined && running.get(project) === growthkit) running.delete(project);
      runtime.destroy();
    },
  };
  if (project !== undefined) running.set(project, growthkit);
  growthkit.init(options);
  return growthkit;
}
