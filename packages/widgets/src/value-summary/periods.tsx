import { h } from 'preact';
import type { ValueSummaryProps } from './props.ts';
import { strings } from './strings.ts';

type PeriodsProps = Pick<ValueSummaryProps, 'locale' | 'periods' | 'period' | 'onPeriod'>;

/** The period switcher: a group of toggle buttons, the period on screen pressed. */
export function Periods({ locale, periods, period, onPeriod }: PeriodsProps) {
  const t = strings(locale);
  const current = period.value;
  return (
    <fieldset class="periods" aria-label={t.period}>
      {periods.map((option) => (
        <button key={option} aria-pressed={option === current} onClick={() => option !== current && onPeriod(option)}>
          {t[option]}
        </button>
      ))}
    </fieldset>
  );
}
