import { ahaProgress } from '@growthkit/core';
import { signal } from '@preact/signals';
import { textFor, type WidgetPreview } from './widget-preview.ts';

export const ahaPreview: WidgetPreview<'aha'> = {
  label: 'Aha moment',
  starter: {
    type: 'aha',
    metric: { kind: 'event', event: 'customer_connected' },
    unit: { en: 'customers', 'zh-CN': '位客户' },
    milestones: [
      { at: 10, icon: 'flag', badge: { en: 'First ten' }, message: { en: 'Ten customers connected. Nice start!' } },
      { at: 50, icon: 'trophy', badge: { en: 'Connected' }, message: { en: 'All 50 customers connected!' } },
    ],
  },
  async show(root, campaign, scene, options) {
    const { mount } = await import('@growthkit/widgets/aha');
    const text = textFor(scene);
    const { metric } = campaign.widget;
    const value = metric.kind === 'event' ? (scene.persona.events[metric.event] ?? 0) : Number(scene.persona.traits[metric.trait] ?? 0);
    const progress = ahaProgress(campaign.widget.milestones, value, {});
    return mount(
      root,
      {
        title: text(campaign.content.title),
        body: campaign.content.body && text(campaign.content.body),
        locale: scene.locale,
        unit: campaign.widget.unit && text(campaign.widget.unit),
        milestones: campaign.widget.milestones.map((milestone) => ({
          ...milestone,
          badge: text(milestone.badge),
          message: text(milestone.message),
        })),
        value: signal(progress.value),
        reached: signal(progress.reached),
        onAcknowledge: () => undefined,
        onDismiss: () => undefined,
      },
      options,
    );
  },
};
