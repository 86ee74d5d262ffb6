import type { Campaign, Decision } from '@growthkit/core';
import type { DebugPanelProps, DebugPanelRow } from '@growthkit/widgets/debug-panel';
import type { Signal } from '@preact/signals';
import type { Theme } from '../api.ts';
import { createWidgetHost, type WidgetHost } from '../mount/widget-host.ts';
import type { LoadWidget, WidgetModule } from '../widgets/widget-module.ts';

/** `?growthkit_debug=1` on any page of the host opens the panel without a code change. */
export const DEBUG_PARAM = 'growthkit_debug';

/** Whether the panel is wanted: `init({ debug: true })`, or the page URL's `growthkit_debug` (not "0" or "false"). */
export function debugRequested(debug: boolean | undefined, search: string): boolean {
  const flag = new URLSearchParams(search).get(DEBUG_PARAM);
  return debug === true || (flag !== null && flag !== '0' && flag !== 'false');
}

export interface DebugPanelOptions {
  loadWidget: LoadWidget;
  zIndex: number;
  theme?: Theme;
  warn(kind: string, message: string): void;
}

/**
 * The debug panel, loaded as its own chunk (`widgets/debug-panel.js`) the first time decisions arrive, so the runtime
 * carries none of it. `show` is called on every re-decision; the panel renders the latest.
 */
export function debugPanel({ loadWidget, zIndex, theme, warn }: DebugPanelOptions) {
  let host: WidgetHost | undefined;
  let props: { rows: Signal<DebugPanelRow[]>; decidedAt: Signal<string> } | undefined;
  let latest: DebugPanelRow[] = [];
  let at = '';
  let unmount: (() => void) | undefined;

  async function open(): Promise<void> {
    host = createWidgetHost({ floating: 'corner-start' }, zIndex + 1);
    host.root.host.setAttribute('data-growthkit-debug', '');
    try {
      const module = (await loadWidget('debug-panel')) as WidgetModule<DebugPanelProps>;
      props = { rows: module.signal(latest), decidedAt: module.signal(at) };
      unmount = module.mount(host.root, props, { theme, zIndex: zIndex + 1, onError: (error) => warn('debug-panel', `the debug panel failed (${String(error)})`) });
    } catch (error) {
      warn('debug-panel', `the debug panel could not load (${error instanceof Error ? error.message : String(error)})`);
    }
  }

  return {
    show(campaigns: readonly Campaign[], decisions: readonly Decision[], now: Date): void {
      const names = new Map(campaigns.map((campaign) => [campaign.id, campaign.name]));
      latest = decisions.map((decision) => ({ ...decision, name: names.get(decision.campaignId) }));
      at = now.toISOString();
      if (props) {
        props.rows.value = latest;
        props.decidedAt.value = at;
      } else if (!host) void open();
    },
    remove(): void {
      unmount?.();
      host?.remove();
    },
  };
}

export type DebugPanel = ReturnType<typeof debugPanel>;
