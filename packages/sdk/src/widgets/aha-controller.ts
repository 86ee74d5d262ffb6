import { ahaProgress, milestoneKey, type AhaWidget, type Campaign } from '@growthkit/core';
import type { AhaProps } from '@growthkit/widgets';
import { recordProgress } from './record-progress.ts';
import { userText } from './user-placeholders.ts';
import { WidgetController } from './widget-controller.ts';

type AhaCampaign = Campaign & { widget: AhaWidget };

/**
 * Runs one aha-progress campaign: reads the metric (an event count or a numeric trait), records and reports each
 * milestone once (`gk.step_completed` with `{ milestone }`, then `gk.completed` at the goal), and goes away for good
 * when the user acknowledges the goal ("Got it") or dismisses it.
 */
export class AhaController extends WidgetController<AhaCampaign, AhaProps> {
  /** the metric now: an event's count, or a trait at a dotted path */
  private metric(): number {
    const metric = this.campaign.widget.metric;
    if (metric.kind === 'event') return this.context.eventCount(metric.event);
    let value: unknown = this.context.attributes();
    for (const key of metric.trait.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    return Number(value);
  }

  private progress() {
    return ahaProgress(this.campaign.widget.milestones, this.metric(), this.context.state.campaign(this.campaign.id).steps);
  }

  refresh(): void {
    const { campaign, context } = this;
    const { complete, newlyReached } = this.progress();
    const milestones = newlyReached.map((milestone) => ({ key: milestoneKey(milestone), props: { milestone } }));
    recordProgress(context, campaign.id, milestones, complete);
    this.render();
  }

  protected props(): AhaProps {
    const { widget } = this.campaign;
    const text = userText(this.context);
    const { value, reached } = this.progress();
    return {
      ...this.headline(text),
      ...(widget.unit && { unit: text(widget.unit) }),
      milestones: widget.milestones.map(({ at, icon, badge, message }) => ({ at, icon, badge: text(badge), message: text(message) })),
      value,
      reached,
      onAcknowledge: () => this.dismiss({ reason: 'acknowledged' }),
      onDismiss: () => this.dismiss(),
    };
  }
}
