import { Fragment, h } from 'preact';
import { intlLocale } from '../i18n/intl-locale.ts';
import { Icon } from '../icon.tsx';
import { formatValue } from './format-value.ts';
import type { ValueSummaryProps } from './props.ts';
import { strings } from './strings.ts';
import { trendText } from './trend-text.ts';

const UP = 'M8 13V3m-4 4l4-4 4 4';
const DOWN = 'M8 3v10m-4-4l4 4 4-4';

type TotalProps = Pick<ValueSummaryProps, 'locale' | 'periods' | 'period' | 'summary'>;

/** The total saved in the period on screen, and the change from the period before, or that there is none yet; said politely as it changes. */
export function Total({ locale, periods, period: current, summary }: TotalProps) {
  const t = strings(locale);
  const tag = intlLocale(locale);
  const period = current.value;
  const { total, change, unit } = summary.value;

  // no "0 min saved" and no "100% less" in a period with nothing yet: a line saying so stands in for them
  return (
    <div class="summary" aria-live="polite">
      <p class="total">
        {total ? (
          <>
            <strong>{formatValue(total, unit, tag)}</strong> {unit === 'minutes' ? t.savedTime : t.savedMoney}
            {periods.length < 2 && <span class="sr"> · {t[period]}</span>}
          </>
        ) : (
          t.empty
        )}
      </p>
      {/* only a week or a month has a period before it to compare with */}
      {total > 0 && change !== null && (
        <p class={change > 0 ? 'trend up' : 'trend'}>
          {change !== 0 && <Icon d={change > 0 ? UP : DOWN} />}
          {trendText(change, period, locale, tag)}
        </p>
      )}
    </div>
  );
}
