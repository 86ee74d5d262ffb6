import { ahaProgress, getPath, milestoneKey, type CampaignOf } from '@growthkit/core';
import type { AhaProps } from '@growthkit/widgets';
import { batch, signal } from '@preact/signals';
import type { WidgetApi, WidgetLogic } from './widget-module.ts';
import { writeIfChanged } from './write-if-changed.ts';

/**
 * Runs one aha-progress campaign: reads the metric (an event count or a numeric trait), records and reports each
 * milestone once (`gk.step_completed` with `{ milestone }`, then `gk.completed` at the goal), and goes away for good
 * when the user acknowledges the goal ("Got it") or dismisses it.
 */
export function ahaController(campaign: CampaignOf<'aha'>, api: WidgetApi): WidgetLogic<AhaProps> {
  const { context } = api;
  const { widget } = campaign;
  /** where the user stands toward the milestones now (core's ahaProgress) */
  const progress = () => {
    const { metric, milestones } = widget;
    const value = metric.kind === 'event' ? context.eventCount(metric.event) : getPath(context.attributes(), metric.trait);
    return ahaProgress(milestones, Number(value), context.state.campaign(campaign.id).steps);
  };
  const value = signal(0);
  const reached = signal<number[]>([]);

  return {
    refresh() {
      const now = progress();
      api.recordProgress(
        now.newlyReached.map((milestone) => ({ key: milestoneKey(milestone), props: { milestone } })),
        now.complete,
      );
      batch(() => {
        value.value = now.value;
        writeIfChanged(reached, now.reached);
      });
    },
    props: () => ({
      ...api.headline(),
      unit: widget.unit && api.text(widget.unit),
      milestones: widget.milestones.map((milestone) => ({
        ...milestone,
        badge: api.text(milestone.badge),
        message: api.text(milestone.message),
      })),
      value,
      reached,
      onAcknowledge: () => api.dismiss({ reason: 'acknowledged' }),
    }),
  };
}
