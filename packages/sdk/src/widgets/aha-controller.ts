import { ahaProgress, milestoneKey, type AhaWidget, type Campaign } from '@growthkit/core';
import type { AhaProps } from '@growthkit/widgets';
import type { WidgetApi, WidgetLogic } from './widget-module.ts';

type AhaCampaign = Campaign & { widget: AhaWidget };

/**
 * Runs one aha-progress campaign: reads the metric (an event count or a numeric trait), records and reports each
 * milestone once (`gk.step_completed` with `{ milestone }`, then `gk.completed` at the goal), and goes away for good
 * when the user acknowledges the goal ("Got it") or dismisses it.
 */
export function ahaController(campaign: AhaCampaign, api: WidgetApi): WidgetLogic<AhaProps> {
  const { context } = api;
  const { widget } = campaign;
  const { metric, milestones } = widget;

  /** where the user stands, from the metric now: an event's count, or a trait at a dotted path */
  const progress = () => {
    let value: unknown = context.attributes();
    if (metric.kind === 'event') value = context.eventCount(metric.event);
    else for (const key of metric.trait.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    return ahaProgress(milestones, Number(value), context.state.campaign(campaign.id).steps);
  };

  return {
    refresh() {
      const { complete, newlyReached } = progress();
      api.recordProgress(newlyReached.map((milestone) => ({ key: milestoneKey(milestone), props: { milestone } })), complete);
      api.render();
    },
    props(text) {
      const { value, reached } = progress();
      return {
        ...api.headline(text),
        unit: widget.unit && text(widget.unit),
        milestones: milestones.map((milestone) => ({ ...milestone, badge: text(milestone.badge), message: text(milestone.message) })),
        value,
        reached,
        onAcknowledge: () => api.dismiss({ reason: 'acknowledged' }),
      };
    },
  };
}
