import type { Campaign, ValuePeriod, ValueSummaryWidget } from '@growthkit/core';
import type { ValueSummaryProps } from '@growthkit/widgets';
import { valuePlaceholders } from './value-placeholders.ts';
import type { WidgetApi, WidgetLogic } from './widget-module.ts';

type ValueSummaryCampaign = Campaign & { widget: ValueSummaryWidget };

/**
 * Runs one value-summary campaign: sums the value rules over the device's per-day counts for the chosen period and
 * keeps the widget's summary current as events come in. Reports `gk.shown`, `gk.click` (period switch, call to
 * action) and `gk.dismiss`.
 */
export function valueSummaryController(campaign: ValueSummaryCampaign, api: WidgetApi): WidgetLogic<ValueSummaryProps> {
  const { context } = api;
  const { widget } = campaign;
  const { cta, rules } = widget;
  /** the period the user chose; each mount starts from the campaign's */
  let period: ValuePeriod = widget.period;

  return {
    mounting: () => void (period = widget.period),
    props(text) {
      const summary = api.rules.valueSummary(campaign, period);
      const label = (event: string) => text(rules.find((rule) => rule.event === event)!.label);
      const values = valuePlaceholders(summary, context.locale);
      return {
        // the title and body with their `{{value.*}}` filled in
        ...api.headline((campaignText) => text(campaignText, values)),
        periods: widget.periods,
        period,
        summary: {
          ...summary,
          contributors: summary.contributors.map((contributor) => ({ ...contributor, label: label(contributor.event) })),
        },
        cta: cta && { label: text(cta.label), url: 'url' in cta ? cta.url : undefined },
        onPeriod: (to) => {
          period = to;
          api.render();
          api.click({ action: 'period', period: to });
        },
        onCta: () => cta && api.act(cta),
      };
    },
  };
}
