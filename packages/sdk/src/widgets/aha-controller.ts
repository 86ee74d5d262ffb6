import { milestoneKey, type AhaWidget, type Campaign } from '@growthkit/core';
import type { AhaProps } from '@growthkit/widgets';
import type { WidgetApi, WidgetLogic } from './widget-module.ts';

type AhaCampaign = Campaign & { widget: AhaWidget };

/**
 * Runs one aha-progress campaign: reads the metric (an event count or a numeric trait), records and reports each
 * milestone once (`gk.step_completed` with `{ milestone }`, then `gk.completed` at the goal), and goes away for good
 * when the user acknowledges the goal ("Got it") or dismisses it.
 */
export function ahaController(campaign: AhaCampaign, api: WidgetApi): WidgetLogic<AhaProps> {
  const { widget } = campaign;
  const progress = () => api.rules.aha(campaign);

  return {
    refresh() {
      const { complete, newlyReached } = progress();
      api.recordProgress(
        newlyReached.map((milestone) => ({ key: milestoneKey(milestone), props: { milestone } })),
        complete,
      );
      api.render();
    },
    props(text) {
      const { value, reached } = progress();
      return {
        ...api.headline(text),
        unit: widget.unit && text(widget.unit),
        milestones: widget.milestones.map((milestone) => ({
          ...milestone,
          badge: text(milestone.badge),
          message: text(milestone.message),
        })),
        value,
        reached,
        onAcknowledge: () => api.dismiss({ reason: 'acknowledged' }),
      };
    },
  };
}
