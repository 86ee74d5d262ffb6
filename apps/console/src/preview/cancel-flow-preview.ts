import { CANCEL_REASONS, matchSaveOffer } from '@growthkit/core';
import { textFor, type WidgetPreview } from './widget-preview.ts';

export const cancelFlowPreview: WidgetPreview<'cancel-flow'> = {
  label: 'Cancel flow',
  starter: {
    type: 'cancel-flow',
    offers: [
      {
        id: 'discount',
        kind: 'discount',
        title: { en: 'Stay for half the price', 'zh-CN': '半价继续使用' },
        body: { en: '50% off your next 3 months', 'zh-CN': '接下来 3 个月享 5 折' },
        accept: { label: { en: 'Take 50% off', 'zh-CN': '领取 5 折优惠' }, action: 'apply_discount' },
      },
      {
        id: 'help',
        kind: 'help',
        title: { en: 'Let us set it up with you', 'zh-CN': '让我们陪你完成设置' },
        body: { en: 'A free 20-minute call with a product specialist', 'zh-CN': '与产品专家免费通话 20 分钟' },
        accept: { label: { en: 'Book a call', 'zh-CN': '预约通话' }, action: 'book_call' },
      },
    ],
  },
  async show(root, campaign, scene, options) {
    const { mount } = await import('@growthkit/widgets/cancel-flow');
    const text = textFor(scene);
    // The preview steps through the flow as a user would; its decisions go nowhere.
    return mount(
      root,
      {
        title: text(campaign.content.title),
        body: campaign.content.body && text(campaign.content.body),
        locale: scene.locale,
        reasons: CANCEL_REASONS,
        offerFor: ({ reason }) => {
          const offer = reason && matchSaveOffer(campaign.widget, reason);
          return offer
            ? {
                id: offer.id,
                title: text(offer.title),
                body: text(offer.body),
                accept: { ...offer.accept, label: text(offer.accept.label) },
              }
            : undefined;
        },
        onOffer: () => undefined,
        onAccept: () => undefined,
        onConfirm: () => undefined,
        onDismiss: () => undefined,
      },
      options,
    );
  },
};
