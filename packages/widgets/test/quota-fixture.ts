import type { UsageMeter } from '@growthkit/core';
import { signal } from '@preact/signals';
import { vi } from 'vitest';
import type { QuotaProps } from '../src/quota/props.ts';

/** The demo's storage prompt at 4.1 of 5 GB, wired as the runtime wires it: dismissing hides what was dismissed. */
export function quotaProps(overrides: Partial<Pick<QuotaProps, 'locale' | 'label' | 'title' | 'body' | 'plan' | 'trialDays'>> = {}) {
  const show = signal<QuotaProps['show']['value']>('banner');
  return {
    locale: 'en',
    label: 'Storage',
    title: "You've reached your storage limit",
    body: 'Tess, new uploads are paused. Upgrade to keep your team working without interruption.',
    unit: 'gigabyte',
    plan: {
      name: 'Growth',
      unlocks: ['100 GB of storage for your team', 'Unlimited version history', 'Priority support, answered within 4 hours'],
    },
    trialDays: 7,
    usage: signal<UsageMeter>({ used: 4.1, limit: 5 }),
    show,
    onUpgrade: vi.fn(),
    onTrial: vi.fn(),
    onDismiss: vi.fn(() => {
      show.value = 'none';
    }),
    ...overrides,
  } satisfies QuotaProps;
}

export const QUOTA_ZH = {
  locale: 'zh-CN',
  label: '存储空间',
  title: '你的存储空间已用完',
  body: 'Tess，新的上传已暂停。升级后团队即可继续工作，不受影响。',
  plan: { name: '成长版', unlocks: ['团队共享 100 GB 存储空间', '无限版本历史', '优先支持，4 小时内响应'] },
};
