import { quotaPrompt } from '@growthkit/core';
import { signal } from '@preact/signals';
import { textFor, type WidgetPreview } from './widget-preview.ts';

export const quotaPreview: WidgetPreview<'quota'> = {
  label: 'Quota prompt',
  starter: {
    type: 'quota',
    metric: 'storage_gb',
    label: { en: 'Storage', 'zh-CN': '存储空间' },
    unit: 'gigabyte',
    nextPlan: {
      id: 'growth',
      name: { en: 'Growth', 'zh-CN': '成长版' },
      unlocks: [{ en: '100 GB of storage', 'zh-CN': '100 GB 存储空间' }],
    },
  },
  async show(root, campaign, scene, options) {
    const { mount } = await import('@growthkit/widgets/quota');
    const text = textFor(scene);
    const { widget } = campaign;
    // A persona below the warning level would show nothing: the preview shows the banner at the warning level then.
    const meter = scene.persona.usage[widget.metric] ?? { used: 0, limit: 1 };
    const prompt = quotaPrompt(meter, widget, {}, scene.now);
    const usage = prompt.show === 'none' ? { used: widget.warnAt * meter.limit || widget.warnAt, limit: meter.limit || 1 } : meter;
    return mount(
      root,
      {
        title: text(campaign.content.title),
        body: campaign.content.body && text(campaign.content.body),
        locale: scene.locale,
        label: text(widget.label),
        unit: widget.unit,
        plan: { name: text(widget.nextPlan.name), unlocks: widget.nextPlan.unlocks.map(text) },
        trialDays: widget.trial?.days,
        usage: signal(usage),
        show: signal(prompt.show === 'dialog' ? 'dialog' : 'banner'),
        onUpgrade: () => undefined,
        onTrial: () => undefined,
        onDismiss: () => undefined,
      },
      options,
    );
  },
};
