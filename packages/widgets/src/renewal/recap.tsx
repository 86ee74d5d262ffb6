import { h } from 'preact';
import { format } from '../i18n/format.ts';
import { intlLocale } from '../i18n/intl-locale.ts';
import { formatValue } from '../value-summary/format-value.ts';
import type { RenewalRecap } from './props.ts';
import { strings } from './strings.ts';

/** The value the account got: the value saved in the last 30 days, then the scorecard's value score, features used and active seats. */
export function Recap({ recap, locale }: { recap: RenewalRecap; locale: string }) {
  const t = strings(locale);
  const tag = intlLocale(locale);
  const { score, features, seats } = recap;
  const tiles = [
    [t.saved, formatValue(recap.total, recap.unit, tag)],
    score !== null && [t.score, `${score}/100`],
    features !== null && [t.features, new Intl.NumberFormat(tag, { style: 'percent' }).format(features)],
    seats && [t.seats, format(t.of, locale, seats)],
  ];
  return (
    <dl class="recap">
      {tiles.map(
        (tile) =>
          tile && (
            <div key={tile[0]}>
              <dt>{tile[0]}</dt>
              <dd>{tile[1]}</dd>
            </div>
          ),
      )}
    </dl>
  );
}
