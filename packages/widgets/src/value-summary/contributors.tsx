import { Fragment, h } from 'preact';
import { format } from '../i18n/format.ts';
import { intlLocale } from '../i18n/intl-locale.ts';
import { formatValue } from './format-value.ts';
import type { ValueSummaryProps } from './props.ts';
import { strings } from './strings.ts';

type ContributorsProps = Pick<ValueSummaryProps, 'locale' | 'summary' | 'labels'>;

/** The top contributors of the period on screen, each with its count, value and share. */
export function Contributors({ locale, summary, labels }: ContributorsProps) {
  const t = strings(locale);
  const tag = intlLocale(locale);
  const { contributors, total, unit } = summary.value;
  // none yet: the total says so
  if (!contributors.length) return null;

  return (
    <>
      <h3 class="sub">{t.top}</h3>
      <ol class="top">
        {contributors.map((contributor) => (
          <li key={contributor.event}>
            <span class="label">{labels[contributor.event]}</span>
            <span class="count">{format(t.times, locale, { count: contributor.count })}</span>
            <span class="value">{formatValue(contributor.value, unit, tag)}</span>
            <span class="bar share">
              <span class="fill" style={{ width: `${(contributor.value / total) * 100}%` }} />
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
