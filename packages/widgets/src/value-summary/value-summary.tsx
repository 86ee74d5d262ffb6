import { h, Fragment } from 'preact';
import { CallToAction } from '../call-to-action.tsx';
import { Card } from '../card.tsx';
import { direction } from '../i18n/direction.ts';
import { Icon } from '../icon.tsx';
import { intlLocale } from '../i18n/intl-locale.ts';
import { format } from '../i18n/format.ts';
import { strings } from '../i18n/strings.ts';
import { formatValue } from './format-value.ts';
import type { ValueSummaryProps } from './props.ts';

const UP = 'M8 13V3m-4 4l4-4 4 4';
const DOWN = 'M8 3v10m-4-4l4 4 4-4';

/** "This month you saved 15 hours": the total for a period, the change from the period before, and the top contributors. */
export function ValueSummary(props: ValueSummaryProps) {
  const { locale, periods, period, summary, cta } = props;
  const t = strings(locale).valueSummary;
  const tag = intlLocale(locale);
  const { total, change, unit } = summary;
  const value = (n: number) => formatValue(n, unit, tag);
  const changed = change === null ? '' : new Intl.NumberFormat(tag, { style: 'percent' }).format(Math.abs(change));

  return (
    <div class="kit value-summary" dir={direction(locale)} lang={locale}>
      <Card title={props.title} body={props.body} locale={locale} onDismiss={props.onDismiss}>
        {periods.length > 1 && (
          <div class="periods" role="group" aria-label={t.period}>
            {periods.map((option) => (
              <button key={option} aria-pressed={option === period} onClick={() => option !== period && props.onPeriod(option)}>
                {t[option]}
              </button>
            ))}
          </div>
        )}
        <div class="summary" aria-live="polite">
          <p class="total">
            <strong>{value(total)}</strong> {unit === 'minutes' ? t.savedTime : t.savedMoney}
            {periods.length < 2 && <span class="sr"> · {t[period]}</span>}
          </p>
          {/* only a week or a month has a period before it to compare with */}
          {change !== null && (
            <p class={change > 0 ? 'trend up' : 'trend'}>
              {change !== 0 && <Icon d={change > 0 ? UP : DOWN} />}
              {format(change > 0 ? t.more : change ? t.less : t.same, locale, { change: changed, days: period === 'week' ? 7 : 30 })}
            </p>
          )}
        </div>
        {summary.contributors.length ? (
          <>
            <h3 class="sub">{t.top}</h3>
            <ol class="top">
              {summary.contributors.map((contributor) => (
                <li key={contributor.event}>
                  <span class="label">{contributor.label}</span>
                  <span class="count">{format(t.times, locale, { count: contributor.count })}</span>
                  <span class="value">{value(contributor.value)}</span>
                  <span class="bar share">
                    <span class="fill" style={{ width: `${(contributor.value / total) * 100}%` }} />
                  </span>
                </li>
              ))}
            </ol>
          </>
        ) : (
          <p class="body empty">{t.empty}</p>
        )}
        {/* a URL that could run script gets no button at all */}
        {cta && <CallToAction class="btn" action={cta} onClick={props.onCta} dropUnsafe />}
      </Card>
    </div>
  );
}
