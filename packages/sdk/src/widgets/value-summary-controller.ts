import { summarizeValueCounts, type ValuePeriod, type CampaignOf } from '@growthkit/core';
import type { ValueSummaryProps } from '@growthkit/widgets';
import { strings } from '@growthkit/widgets/value-summary';
import { batch, signal } from '@preact/signals';
import { valuePlaceholders } from './value-placeholders.ts';
import type { WidgetApi, WidgetLogic } from './widget-module.ts';
import { writeIfChanged } from './write-if-changed.ts';

/**
 * Runs one value-summary campaign: sums the value rules over the device's per-day counts for the chosen period (core's
 * summarizeValueCounts) and keeps the widget's summary and headline current as events come in; a title that says the
 * total gives way to the kit's "Your savings add up as you work" while the period has none. Reports `gk.shown`,
 * `gk.click` (period switch, call to action) and `gk.dismiss`.
 */
export function valueSummaryController(campaign: CampaignOf<'value-summary'>, api: WidgetApi): WidgetLogic<ValueSummaryProps> {
  const { context } = api;
  const { widget, content } = campaign;
  const { cta, rules } = widget;
  /** the period the user chose; each mount starts from the campaign's */
  const period = signal<ValuePeriod>(widget.period);
  const summarize = () => summarizeValueCounts(rules, context.valueCounts(), period.peek(), context.today());
  const summary = signal(summarize());
  /** the headline says the summary's numbers (`{{value.*}}`), so it follows the summary */
  const title = signal('');
  const body = signal('');
  /** a title that says the total would read "you saved 0 min" in a period with nothing yet */
  const titleSaysValue = /\{\{\s*value/.test(JSON.stringify(content.title));

  const refresh = () => {
    const now = summarize();
    const values = valuePlaceholders(now, context.locale);
    batch(() => {
      writeIfChanged(summary, now);
      // at zero the kit's encouraging headline stands in for one that would say so
      title.value = titleSaysValue && !now.total ? strings(context.locale).start : api.text(content.title, values);
      if (content.body) body.value = api.text(content.body, values);
    });
  };

  return {
    mounting() {
      period.value = widget.period;
      refresh();
    },
    refresh,
    props: () => ({
      title,
      ...(content.body && { body }),
      locale: context.locale,
      onDismiss: () => api.dismiss(),
      periods: widget.periods,
      period,
      summary,
      labels: Object.fromEntries(rules.map((rule) => [rule.event, api.text(rule.label)])),
      cta: cta && { ...cta, label: api.text(cta.label) },
      onPeriod: (to) => {
        period.value = to;
        api.refresh();
        api.click({ action: 'period', period: to });
      },
      onCta: () => cta && api.act(cta),
    }),
  };
}
