import { evalCondition, rankOffers } from '@growthkit/core';
import { signal } from '@preact/signals';
import { attributesOf, textFor, type WidgetPreview } from './widget-preview.ts';

export const upsellPreview: WidgetPreview<'upsell'> = {
  label: 'Upsell offer',
  starter: {
    type: 'upsell',
    offers: [
      {
        id: 'automation',
        title: { en: '{{user.first_name}}, automate your weekly reports', 'zh-CN': '{{user.first_name}}，自动生成每周报告' },
        value: { en: 'Saves about 10 h a month', 'zh-CN': '每月节省约 10 小时' },
        action: { label: { en: 'Try Growth free', 'zh-CN': '免费试用成长版' }, action: 'start_trial' },
      },
    ],
  },
  async show(root, campaign, scene, options) {
    const { mount } = await import('@growthkit/widgets/upsell');
    const text = textFor(scene);
    // The persona's best offer, as the runtime chooses it; none eligible, the first is shown so there is something to see.
    const best = rankOffers(campaign.widget.offers, attributesOf(scene), {}, scene.now, { evalCondition })[0] ?? campaign.widget.offers[0];
    return mount(
      root,
      {
        locale: scene.locale,
        heading: text(campaign.content.title),
        offer: signal({
          id: best.id,
          title: text(best.title),
          value: text(best.value),
          testimonial: best.testimonial && {
            quote: text(best.testimonial.quote),
            author: typeof best.testimonial.author === 'string' ? best.testimonial.author : text(best.testimonial.author),
          },
          action: { ...best.action, label: text(best.action.label) },
        }),
        onAction: () => undefined,
        onDismiss: () => undefined,
      },
      options,
    );
  },
};
