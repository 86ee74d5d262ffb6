import { localize, summarizeValueCounts, type Campaign, type ValuePeriod, type ValueSummaryWidget } from '@growthkit/core';
import type { ValueSummaryProps, ValueSummaryView } from '@growthkit/widgets';
import type { WidgetHost } from '../mount/widget-host.ts';
import { userText } from './user-placeholders.ts';
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

  private view(period: ValuePeriod): ValueSummaryView {
    const { widget } = this.campaign;
    const { context } = this;
    const summary = summarizeValueCounts(widget.rules, context.valueCounts(), period, context.today());
    const labels = new Map(widget.rules.map((rule) => [rule.event, localize(rule.label, context.locale)]));
    return { ...summary, contributors: summary.contributors.map((contributor) => ({ ...contributor, label: labels.get(contributor.event)! })) };
  }

  refresh(): void {
    this.lifecycle.render();
  }

  mount(host: WidgetHost): void {
    this.period = this.campaign.widget.period;
    super.mount(host);
  }

  protected props(): ValueSummaryProps {
    const { campaign, context } = this;
    const { content, widget } = campaign;
    const id = campaign.id;
    const cta = widget.cta;
    return {
      title: userText(content.title, context),
      ...(content.body && { body: userText(content.body, context) }),
      locale: context.locale,
      periods: widget.periods,
      period: this.period,
      summary: this.view(this.period),
      ...(cta && { cta: { label: localize(cta.label, context.locale), ...('url' in cta && { url: cta.url }) } }),
      onPeriod: (to) => {
        this.period = to;
        this.lifecycle.render();
        context.emit('gk.click', id, { action: 'period', period: to });
      },
      onCta: () => {
        if (!cta) return;
        // a URL is a link the widget renders, so the browser follows it; an action goes to the host
        if ('url' in cta) return context.emit('gk.click', id, { action: cta.url });
        context.emit('gk.click', id, { action: cta.action });
        context.notify('cta', { campaignId: id, action: cta.action });
      },
      onDismiss: () => this.lifecycle.dismiss(),
    };
  }
}
