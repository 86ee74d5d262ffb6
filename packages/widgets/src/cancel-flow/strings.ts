import type { CancelReason } from '@growthkit/core';
import { stringsFor } from '../i18n/strings-for.ts';

/** The cancel flow's UI strings: its buttons, the reason question and the reasons. */
const en: { [Key in CancelReason | 'why' | 'more' | 'go' | 'sure' | 'confirm' | 'keep' | 'close']: string } = {
  why: 'Why are you cancelling?',
  too_expensive: "It's too expensive",
  missing_features: "It's missing features I need",
  hard_to_use: "It's hard to use",
  competitor: "I'm switching to another product",
  business_changed: 'My business changed',
  other: 'Something else',
  more: 'Tell us more (optional)',
  go: 'Continue cancelling',
  sure: 'Cancel your subscription?',
  confirm: 'Confirm cancellation',
  keep: 'Keep my subscription',
  close: 'Close',
};

const zh: typeof en = {
  why: '你为什么要取消？',
  too_expensive: '价格太贵',
  missing_features: '缺少我需要的功能',
  hard_to_use: '不好用',
  competitor: '我要换用其他产品',
  business_changed: '我的业务有变化',
  other: '其他原因',
  more: '请告诉我们更多（可选）',
  go: '继续取消',
  sure: '确定取消订阅吗？',
  confirm: '确认取消',
  keep: '保留我的订阅',
  close: '关闭',
};

export const strings = (locale: string) => stringsFor({ en, zh }, locale);
