import { summarizeValue, type ValuePeriod } from '@growthkit/core';
import { signal } from '@preact/signals';
import { recentEvents, textFor, type WidgetPreview } from './widget-preview.ts';

export const valueSummaryPreview: WidgetPreview<'value-summary'> = {
  label: 'Value summary',
  starter: {
    type: 'value-summary',
    rules: [
      { event: 'report_generated', label: { en: 'Reports generated', 'zh-CN': '生成的报告' }, minutes: 45 },
      { event: 'doc_created', label: { en: 'Docs written', 'zh-CN': '撰写的文档' }, minutes: 20 },
    ],
  },
  async show(root, campaign, scene, options) {
    const { mount } = await import('@growthkit/widgets/value-summary');
    const { widget } = campaign;
    const events = recentEvents(scene);
    const period = signal<ValuePeriod>(widget.period);
    const summarize = (at: ValuePeriod) => summarizeValue(widget.rules, events, at, scene.now);
    const summary = signal(summarize(widget.period));
    const number = (n: number) => new Intl.NumberFormat(scene.locale, { maximumFractionDigits: 1 }).format(n);
    const headline = () => {
      const { total } = summary.peek();
      return textFor(scene, { value: { hours: number(total / 60), minutes: number(Math.round(total)), total: number(total) } });
    };
    const title = signal(headline()(campaign.content.title));
    const body = signal(campaign.content.body ? headline()(campaign.content.body) : '');
    const text = textFor(scene);
    return mount(
      root,
      {
        title,
        ...(campaign.content.body && { body }),
        locale: scene.locale,
        periods: widget.periods,
        period,
        summary,
        labels: Object.fromEntries(widget.rules.map((rule) => [rule.event, text(rule.label)])),
        cta: widget.cta && { ...widget.cta, label: text(widget.cta.label) },
        onPeriod: (to) => {
          period.value = to;
          summary.value = summarize(to);
          title.value = headline()(campaign.content.title);
          if (campaign.content.body) body.value = headline()(campaign.content.body);
        },
        onCta: () => undefined,
        onDismiss: () => undefined,
      },
      options,
    );
  },
};
