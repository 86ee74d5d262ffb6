import { CANCEL_REASONS, CancelFlowWidgetSchema, localize, matchSaveOffer } from '@growthkit/core';
import { vi } from 'vitest';
import type { CancelFlowProps } from '../src/cancel-flow/props.ts';

const text = (en: string, zh: string) => ({ en, 'zh-CN': zh });

/** A catalogue with an offer for price (a discount), for a hard product (help) and for a changed business (a pause). */
const flow = CancelFlowWidgetSchema.parse({
  type: 'cancel-flow',
  offers: [
    {
      id: 'half-off',
      kind: 'discount',
      title: text('Stay for half the price', '半价继续使用'),
      body: text('50% off your next 3 months — about $24 saved', '接下来 3 个月享 5 折，约省 $24'),
      accept: { label: text('Take 50% off', '领取 5 折优惠'), action: 'apply_discount' },
    },
    {
      id: 'setup-call',
      kind: 'help',
      title: text('Let us set it up with you', '让我们陪你完成设置'),
      body: text('A free 20-minute call with a product specialist', '与产品专家免费通话 20 分钟'),
      accept: { label: text('Book a call', '预约通话'), url: 'https://example.com/call' },
    },
    {
      id: 'pause',
      kind: 'pause',
      title: text('Pause instead of cancelling', '暂停而不是取消'),
      body: text('Up to 3 months, no charge', '最多暂停 3 个月，不收费'),
      accept: { label: text('Pause my subscription', '暂停订阅'), action: 'pause' },
    },
  ],
});

/** The cancel flow as the runtime wires it, in `locale`: the offer for a reason is core's match. */
export function cancelFlowProps(locale = 'en') {
  const say = (value: Record<string, string>) => localize(value, locale);
  return {
    locale,
    title: locale === 'en' ? 'Before you go, Ada' : 'Ada，请留步',
    body: locale === 'en' ? 'Tell us why, and we may be able to help.' : '告诉我们原因，也许我们能帮上忙。',
    reasons: CANCEL_REASONS,
    offerFor: ({ reason }) => {
      const offer = reason && matchSaveOffer(flow, reason);
      return offer
        ? { id: offer.id, title: say(offer.title), body: say(offer.body), accept: { ...offer.accept, label: say(offer.accept.label) } }
        : undefined;
    },
    onOffer: vi.fn(),
    onAccept: vi.fn(),
    onConfirm: vi.fn(),
    onDismiss: vi.fn(),
  } satisfies CancelFlowProps;
}
