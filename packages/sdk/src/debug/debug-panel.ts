import { describeReason, type Decision } from '@growthkit/core';
import { mount, type DebugPanelProps } from '@growthkit/widgets/debug-panel';
import { signal, type Signal } from '@preact/signals';
import type { Theme } from '../api.ts';
import type { DeviceSnapshot } from '../campaigns/decide-on-device.ts';
import { createWidgetHost, type WidgetHost } from '../mount/widget-host.ts';

export interface DebugPanelOptions {
  zIndex: number;
  theme?: Theme;
  warn(kind: string, message: string): void;
}

/**
 * The debug panel. It lives in its own chunk (`widgets/debug-panel.js`, loaded only when asked for), host element
 * and all, so the runtime carries none of it. `show` is called on every re-decision; the panel renders the latest.
 */
export function openDebugPanel({ zIndex, theme, warn }: DebugPanelOptions) {
  let host: WidgetHost | undefined;
  let panel: ReturnType<typeof mount> | undefined;
  /** what the panel shows: written on every re-decision, the panel follows */
  let view: Signal<DebugPanelProps> | undefined;
  return {
    /** `device`: what the decisions were decided on (decideOnDevice's input) */
    show(decisions: readonly Decision[], device: DeviceSnapshot): void {
      const { campaigns, state, now } = device;
      const byId = new Map(campaigns.map((campaign) => [campaign.id, campaign]));
      const assignments = state.experiments ?? {};
      const rows = decisions.map((decision) => {
        const { name, experiment } = byId.get(decision.campaignId) ?? {};
        const variant = experiment && assignments[experiment.key]?.variant;
        return {
          ...decision,
          // the words are made here, in the panel's chunk: the runtime's decisions carry the reason without them
          reason: { ...decision.reason, message: describeReason(decision.reason) },
          name,
          ...(experiment && {
            experiment: { key: experiment.key, variant, holdout: variant !== undefined && variant === experiment.holdout?.key },
          }),
        };
      });
      const props = { rows, decidedAt: now.toISOString() };
      if (view) {
        view.value = props;
        return;
      }
      view = signal(props);
      host = createWidgetHost({ floating: 'corner-start' }, undefined, zIndex);
      host.root.host.setAttribute('data-growthkit-debug', '');
      panel = mount(
        host.root,
        { view },
        {
          theme,
          onError: (error) => warn('debug-panel', `the debug panel failed (${String(error)})`),
        },
      );
    },
    remove(): void {
      panel?.unmount();
      host?.remove();
    },
  };
}

export type DebugPanel = ReturnType<typeof openDebugPanel>;

/** What the runtime gets from `loadWidget('debug-panel')`. */
export interface DebugPanelModule {
  openDebugPanel: typeof openDebugPanel;
}
