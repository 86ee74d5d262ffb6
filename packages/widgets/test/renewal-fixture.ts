import { signal } from '@preact/signals';
import { vi } from 'vitest';
import type { RenewalProps, RenewalView } from '../src/renewal/props.ts';

/** The at-risk persona's renewal prompt, 15 days before renewal, as the runtime would write it. */
export const renewalView = (): RenewalView => ({
  title: 'Your plan renews in 15 days',
  body: 'Here is what Acme Docs did for your team.',
  recap: { total: 205, unit: 'minutes', score: 62, features: 0.75, seats: { active: 4, of: 5 } },
  news: [
    { title: 'Shared templates', body: 'Your whole team starts from the same docs.' },
    { title: 'Scheduled reports', body: 'Reports arrive in inboxes every Monday.' },
  ],
  offer: {
    id: 'flexible-billing',
    title: 'Pay monthly instead',
    body: 'Switch to monthly billing at renewal and cancel any month.',
    accept: { label: 'Switch to monthly', action: 'switch_monthly' },
  },
});

export const zhRenewalView = (): RenewalView => ({
  title: '你的套餐将在 15 天后续订',
  body: '这是 Acme Docs 为你的团队做的事。',
  recap: { total: 205, unit: 'minutes', score: 62, features: 0.75, seats: { active: 4, of: 5 } },
  news: [
    { title: '共享模板', body: '全队从同一套文档开始。' },
    { title: '定时报告', body: '每周一自动发送报告到邮箱。' },
  ],
  offer: {
    id: 'flexible-billing',
    title: '改为按月付费',
    body: '续订时改为按月付费，任何一个月都可以取消。',
    accept: { label: '改为按月', action: 'switch_monthly' },
  },
});

/** The win-back a lapsed account gets: no recap. */
export const winBackView = (): RenewalView => ({
  title: 'Ari, your docs are still here',
  body: 'Come back and pick up where you left off.',
  news: renewalView().news,
  offer: {
    id: 'win-back-month',
    title: 'Your first month back is on us',
    body: 'Reactivate today and pay nothing until next month.',
    accept: { label: 'Reactivate', url: 'https://example.com/account' },
  },
});

/** Props wired as the runtime wires them: accepting or closing settles the prompt, which goes. */
export function renewalProps(view: RenewalView | undefined = renewalView(), locale = 'en') {
  const current = signal<RenewalView | undefined>(view);
  return {
    locale,
    view: current,
    onAccept: vi.fn(() => {
      current.value = undefined;
    }),
    onDismiss: vi.fn(() => {
      current.value = undefined;
    }),
  } satisfies RenewalProps;
}
