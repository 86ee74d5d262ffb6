import { localize, summarizeValue, type ValuePeriod } from '@growthkit/core';
import { vi } from 'vitest';
import type { ValueSummaryProps, ValueSummaryView } from '../src/index.ts';
import { NOW, TIME_RULES, VALUE_EVENTS } from '../../core/test/value-events-fixture.ts';
import { liveProps } from './live-props.ts';

/** The summary the runtime would pass for core's two-month event fixture, labels in `locale`. */
export function fixtureSummary(period: ValuePeriod, locale = 'en', timeZone = 'UTC'): ValueSummaryView {
  const summary = summarizeValue(TIME_RULES, VALUE_EVENTS, period, NOW, timeZone);
  return {
    ...summary,
    contributors: summary.contributors.map((c) => ({ ...c, label: localize(TIME_RULES.find((r) => r.event === c.event)!.label, locale) })),
  };
}

/** Props wired as the runtime wires them: switching the period recomputes the summary. */
export function valueProps(overrides: Partial<Pick<ValueSummaryProps, 'title' | 'body' | 'locale' | 'periods' | 'cta'>> = {}) {
  const locale = overrides.locale ?? 'en';
  const props = liveProps({
    // as the runtime passes it: `{{value.hours}}` already filled for the period
    title: 'You saved 14 hours with Acme Docs',
    body: 'Time you would have spent on reports and docs by hand.',
    locale,
    periods: ['week', 'month', 'signup'] as ValuePeriod[],
    period: 'month' as ValuePeriod,
    summary: fixtureSummary('month', locale),
    cta: { label: 'Share with my team' } as ValueSummaryProps['cta'],
    onPeriod: vi.fn((period: ValuePeriod) => props.set({ period, summary: fixtureSummary(period, locale) })),
    onCta: vi.fn(),
    onDismiss: vi.fn(),
    ...overrides,
  });
  return props;
}
