import { ahaProgress, milestoneKey, type AhaWidget, type Campaign } from '@growthkit/core';
import type { AhaProps } from '@growthkit/widgets';
import { recordProgress } from './record-progress.ts';
import type { UserText } from './user-placeholders.ts';
import { WidgetController } from './widget-controller.ts';

type AhaCampaign = Campaign & { widget: AhaWidget };

/**
 * Runs one aha-progress campaign: reads the metric (an event count or a numeric trait), records and reports each
 * milestone once (`gk.step_completed` with `{ milestone }`, then `gk.completed` at the goal), and goes away for good
 * when the user acknowledges the goal ("Got it") or dismisses it.
 */
export class AhaController extends WidgetController<AhaCampaign, AhaProps> {
  /** where the user stands, from the metric now: an event's count, or a trait at a dotted path */
  private progress() {
    const { campaign, context } = this;
    const { metric, milestones } = campaign.widget;
    let value: unknown = context.attributes();
    if (metric.kind === 'event') value = context.eventCount(metric.event);
    else for (const key of metric.trait.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    return ahaProgress(milestones, Number(value), context.state.campaign(campaign.id).steps);
  }

  refresh(): void {
    const { campaign, context } = this;
    const { complete, newlyReached } = this.progress();
    const milestones = newlyReached.map((milestone) => ({ key: milestoneKey(milestone), props: { milestone } }));
    recordProgress(context, campaign.id, milestones, complete);
    this.render();
  }

  protected props(text: UserText): AhaProps {
    const { widget } = this.campaign;
    const { value, reached } = this.progress();
    return {
      ...this.headline(text),
      unit: widget.unit && text(widget.unit),
      milestones: widget.milestones.map((milestone) => ({ ...milestone, badge: text(milestone.badge), message: text(milestone.message) })),
      value,
      reached,
      onAcknowledge: () => this.dismiss({ reason: 'acknowledged' }),
    };
  }
}
