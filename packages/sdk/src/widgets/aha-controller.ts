import { ahaProgress, localize, milestoneKey, type AhaWidget, type Campaign } from '@growthkit/core';
import type { AhaProps } from '@growthkit/widgets';
import type { Signal } from '@preact/signals';
import type { WidgetHost } from '../mount/widget-host.ts';
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
  private value: Signal<number> | undefined;
  private reached: Signal<number[]> | undefined;


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
    const progress = this.progress();
    const completes = progress.complete && !context.state.campaign(campaign.id).completedAt;
    const milestones = progress.newlyReached.map((milestone) => ({ key: milestoneKey(milestone), props: { milestone } }));
    recordProgress(context, campaign.id, milestones, completes);
    if (this.value) this.value.value = progress.value;
    if (this.reached) this.reached.value = progress.reached;
  }

  mount(host: WidgetHost): void {
    this.lifecycle.mount(host, () => {
      const progress = this.progress();
      this.value = this.ui.signal(progress.value);
      this.reached = this.ui.signal(progress.reached);
      return this.props(this.value, this.reached);
    });
  }

  remove(): void {
    this.lifecycle.remove();
    this.value = this.reached = undefined;
  }

  private props(value: Signal<number>, reached: Signal<number[]>): AhaProps {
    const { campaign, context } = this;
    const { content, widget } = campaign;
    const text = (value: Record<string, string>) => userText(value, context);
    return {
      title: text(content.title),
      ...(content.body && { body: text(content.body) }),
      ...(widget.unit && { unit: localize(widget.unit, context.locale) }),
      locale: context.locale,
      milestones: widget.milestones.map(({ at, icon, badge, message }) => ({ at, icon, badge: text(badge), message: text(message) })),
      value,
      reached,
      onAcknowledge: () => this.lifecycle.dismiss({ reason: 'acknowledged' }),
      onDismiss: () => this.lifecycle.dismiss(),
    };
  }
}
