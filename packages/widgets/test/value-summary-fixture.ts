import { localize, summarizeValue, type ValuePeriod, type ValueSummary } from '@growthkit/core';
import { batch, signal } from '@preact/signals';
import { vi } from 'vitest';
import type { ValueSummaryProps } from '../src/index.ts';
import { NOW, TIME_RULES, VALUE_EVENTS } from '../../core/test/value-events-fixture.ts';

/** The summary the runtime would write for core's two-month event fixture. */
export function fixtureSummary(period: ValuePeriod, timeZone = 'UTC'): ValueSummary {
  return summarizeValue(TIME_RULES, VALUE_EVENTS, period, NOW, timeZone);
}

/** The value rules' labels in `locale`, by event. */
const ruleLabels = (locale: string) => Object.fromEntries(TIME_RULES.map((rule) => [rule.event, localize(rule.label, locale)]));

interface ValueOverrides extends Partial<Pick<ValueSummaryProps, 'locale' | 'periods' | 'cta'>> {
  title?: string;
  body?: string;
}

/** Props wired as the runtime wires them: switching the period writes its summary. */
export function valueProps({ title, body, ...overrides }: ValueOverrides = {}) {
  const locale = overrides.locale ?? 'en';
  const period = signal<ValuePeriod>('month');
  const summary = signal(fixtureSummary('month'));
  return {
    // as the runtime writes it: `{{value.hours}}` already filled for the period
    title: signal(title ?? 'You saved 14 hours with Acme Docs'),
    body: signal(body ?? 'Time you would have spent on reports and docs by hand.'),
    locale,
    periods: ['week', 'month', 'signup'] as ValuePeriod[],
    period,
    summary,
    labels: ruleLabels(locale),
    cta: { label: 'Share with my team', action: 'share' } as ValueSummaryProps['cta'],
    onPeriod: vi.fn((to: ValuePeriod) =>
      batch(() => {
        period.value = to;
        summary.value = fixtureSummary(to);
      }),
    ),
    onCta: vi.fn(),
    onDismiss: vi.fn(),
    ...overrides,
  } satisfies ValueSummaryProps;
}
