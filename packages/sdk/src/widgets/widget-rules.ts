import {
  ahaProgress,
  checklistComplete,
  evalCondition,
  getPath,
  quotaPrompt,
  rankOffers,
  stepProgress,
  summarizeValueCounts,
  type AhaProgress,
  type AhaWidget,
  type Campaign,
  type ChecklistWidget,
  type Offer,
  type QuotaPrompt,
  type QuotaWidget,
  type StepProgress,
  type UpsellWidget,
  type UsageMeter,
  type ValuePeriod,
  type ValueSummary,
  type ValueSummaryWidget,
} from '@growthkit/core';
import type { WidgetContext } from './widget-context.ts';

/**
 * Core's rule of each widget type, applied to a campaign for this user now. Byte budget: the first script carries the
 * rules and gathers what they read from the runtime, where both compress with the code around them; a widget's chunk
 * keeps only its UI and how it turns a rule's result into props (about 260 B gzip less over all files than each chunk
 * carrying its rule).
 */
export interface WidgetRules {
  /** the checklist's steps this user sees, each with its status (core's stepProgress), and whether all are done or skipped */
  checklist(campaign: Campaign & { widget: ChecklistWidget }): { steps: StepProgress[]; complete: boolean };
  /** where the user stands toward the milestones, from the metric now: an event's count or a trait at a dotted path */
  aha(campaign: Campaign & { widget: AhaWidget }): AhaProgress;
  /**
   * the quota's usage meter and what its prompt shows (core's quotaPrompt); `actedOnDialog`: the user chose in the
   * dialog, which then steps aside for this page as if dismissed now
   */
  quota(campaign: Campaign & { widget: QuotaWidget }, actedOnDialog: boolean): { meter: UsageMeter | undefined; prompt: QuotaPrompt };
  /** the best offer for this user now (the first of core's rankOffers); undefined when none is eligible */
  offer(campaign: Campaign & { widget: UpsellWidget }): Offer | undefined;
  /** the value the user got in `period`, from the device's per-day counts (core's summarizeValueCounts) */
  valueSummary(campaign: Campaign & { widget: ValueSummaryWidget }, period: ValuePeriod): ValueSummary;
}

export function widgetRules(context: WidgetContext): WidgetRules {
  const saved = (campaign: Campaign) => context.state.campaign(campaign.id);
  return {
    checklist(campaign) {
      const steps = stepProgress(campaign.widget.steps, saved(campaign).steps, context);
      return { steps, complete: checklistComplete(steps) };
    },
    aha(campaign) {
      const { metric, milestones } = campaign.widget;
      const value = metric.kind === 'event' ? context.eventCount(metric.event) : getPath(context.attributes(), metric.trait);
      return ahaProgress(milestones, Number(value), saved(campaign).steps);
    },
    quota(campaign, actedOnDialog) {
      const meter = context.evaluation().usage[campaign.widget.metric];
      const now = context.now();
      const dismissals = { ...saved(campaign).dismissals, ...(actedOnDialog && { limit: now }) };
      return { meter, prompt: quotaPrompt(meter, campaign.widget, dismissals, new Date(now)) };
    },
    offer: (campaign) =>
      rankOffers(campaign.widget.offers, context.evaluation(), saved(campaign), new Date(context.now()), { evalCondition })[0],
    valueSummary: (campaign, period) => summarizeValueCounts(campaign.widget.rules, context.valueCounts(), period, context.today()),
  };
}
