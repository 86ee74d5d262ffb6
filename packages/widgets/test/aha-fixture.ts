import { batch, signal } from '@preact/signals';
import { vi } from 'vitest';
import type { AhaProps } from '../src/index.ts';

const MILESTONES = [
  { at: 10, icon: 'flag', badge: 'First ten', message: 'Ten customers connected. Nice start!' },
  { at: 25, icon: 'bolt', badge: 'Halfway', message: 'Halfway there: 25 customers connected.' },
  { at: 50, icon: 'trophy', badge: 'Connected', message: 'All 50 customers connected. You found the aha!' },
] satisfies AhaProps['milestones'];

/** "Connect 50 customers" on the way: `start` connected (12: the first badge earned). Callbacks are spies. */
export function ahaProps(overrides: Partial<Pick<AhaProps, 'title' | 'body' | 'locale' | 'unit'>> = {}, start = 12) {
  const reachedAt = (value: number) => MILESTONES.map(({ at }) => at).filter((at) => at <= value || reached.peek().includes(at));
  const value = signal(start);
  const reached = signal<number[]>([]);
  reached.value = reachedAt(start);
  /** what the runtime does when events come in: writes the metric, and the milestones reached when they change */
  const advance = (to: number) =>
    batch(() => {
      value.value = to;
      const next = reachedAt(to);
      if (next.length !== reached.peek().length) reached.value = next;
    });
  return {
    title: 'Connect 50 customers',
    body: 'Teams that connect 50 customers in their first month keep Acme Docs for years.',
    unit: 'customers',
    locale: 'en',
    milestones: MILESTONES,
    value,
    reached,
    advance,
    onAcknowledge: vi.fn(),
    onDismiss: vi.fn(),
    ...overrides,
  } satisfies AhaProps & { advance(to: number): void };
}

export const zhAha = {
  title: '连接 50 位客户',
  body: '第一个月连接 50 位客户的团队，会长期使用 Acme Docs。',
  unit: '位客户',
  locale: 'zh-CN',
  milestones: [
    { at: 10, icon: 'flag', badge: '首批十位', message: '已连接 10 位客户，开局不错！' },
    { at: 25, icon: 'bolt', badge: '过半', message: '已完成一半：连接了 25 位客户。' },
    { at: 50, icon: 'trophy', badge: '全部连接', message: '50 位客户全部连接！' },
  ] satisfies AhaProps['milestones'],
};
