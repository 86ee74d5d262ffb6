import { summarizeValueCounts, type Campaign, type ValuePeriod, type ValueSummaryWidget } from '@growthkit/core';
import type { ValueSummaryProps } from '@growthkit/widgets';
import type { UserText } from './user-placeholders.ts';
import { WidgetController } from './widget-controller.ts';

type ValueSummaryCampaign = Campaign & { widget: ValueSummaryWidget };

/**
 * Runs one value-summary campaign: sums the value rules over the device's per-day counts for the chosen period and
 * keeps the widget's summary current as events come in. Reports `gk.shown`, `gk.click` (period switch, call to
 * action) and `gk.dismiss`.
 */
export class ValueSummaryController extends WidgetController<ValueSummaryCampaign, ValueSummaryProps> {
  /** the period the user chose; each mount starts from the campaign's */
  private period: ValuePeriod = this.campaign.widget.period;

  mount(): void {
    this.period = this.campaign.widget.period;
    super.mount();
  }

  protected props(text: UserText): ValueSummaryProps {
    const { context, period } = this;
    const { widget } = this.campaign;
    const { cta, rules } = widget;
    const summary = summarizeValueCounts(rules, context.valueCounts(), period, context.today());
    const label = (event: string) => text(rules.find((rule) => rule.event === event)!.label);
    return {
      ...this.headline(text),
      periods: widget.periods,
      period,
      summary: { ...summary, contributors: summary.contributors.map((contributor) => ({ ...contributor, label: label(contributor.event) })) },
      cta: cta && { label: text(cta.label), url: 'url' in cta ? cta.url : undefined },
      onPeriod: (to) => {
        this.period = to;
        this.render();
        this.click({ action: 'period', period: to });
      },
      onCta: () => cta && this.act(cta),
    };
  }
}
