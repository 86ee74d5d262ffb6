import { renewalPrompt, summarizeValue } from '@growthkit/core';
import { signal } from '@preact/signals';
import { attributesOf, recentEvents, textFor, type WidgetPreview } from './widget-preview.ts';

export const renewalPreview: WidgetPreview<'renewal'> = {
  label: 'Renewal prompt',
  starter: {
    type: 'renewal',
    offers: [
      {
        id: 'flexible-billing',
        kind: 'flexible_billing',
        signals: ['usage_drop'],
        title: { en: 'Switch to monthly billing', 'zh-CN': '改为按月付费' },
        body: { en: 'Pay as you go, cancel any time.', 'zh-CN': '按月付费，随时取消。' },
        accept: { label: { en: 'Switch to monthly', 'zh-CN': '改为按月' }, action: 'switch_monthly' },
      },
    ],
    rules: [{ event: 'report_generated', label: { en: 'Reports generated', 'zh-CN': '生成的报告' }, minutes: 45 }],
    winBack: { title: { en: 'Come back to Acme Docs', 'zh-CN': '欢迎回到 Acme Docs' } },
  },
  async show(root, campaign, scene, options) {
    const { mount } = await import('@growthkit/widgets/renewal');
    const { widget } = campaign;
    const attributes = attributesOf(scene);
    // Outside a renewal stage or at low risk the runtime shows nothing: the preview shows the renewal prompt anyway.
    const prompt = renewalPrompt(widget, attributes, {}, scene.now);
    const text = textFor(scene, {
      renewal: { days: attributes.computed.days_to_renewal, stage: prompt?.variant === 'renewal' ? prompt.stage : undefined },
    });
    const winBack = prompt?.variant === 'win-back';
    const offer = prompt ? prompt.offer : widget.offers[0];
    const summary = summarizeValue(widget.rules, recentEvents(scene), 'month', scene.now);
    const used = widget.rules.filter((rule) => (scene.persona.events[rule.event] ?? 0) > 0).length;
    return mount(
      root,
      {
        locale: scene.locale,
        view: signal({
          title: text(winBack ? widget.winBack.title : campaign.content.title),
          body: winBack ? widget.winBack.body && text(widget.winBack.body) : campaign.content.body && text(campaign.content.body),
          recap: winBack ? undefined : { total: summary.total, unit: summary.unit, score: null, features: used / widget.rules.length },
          news: widget.news.map((item) => ({ title: text(item.title), body: item.body && text(item.body) })),
          offer: offer && {
            id: offer.id,
            title: text(offer.title),
            body: text(offer.body),
            accept: { ...offer.accept, label: text(offer.accept.label) },
          },
        }),
        onAccept: () => undefined,
        onDismiss: () => undefined,
      },
      options,
    );
  },
};
