import { h } from 'preact';
import { format } from '../i18n/format.ts';
import { intlLocale } from '../i18n/intl-locale.ts';
import { formatValue } from '../value-summary/format-value.ts';
import type { RenewalRecap } from './props.ts';
import { strings } from './strings.ts';

/**
 * The value the account got: the value saved in the last 30 days, then the scorecard's value score, features used and
 * active seats. A recap before renewal argues for staying, so a figure shows only when it does: value saved above zero,
 * the others at half their scale or more ("0 min", "7/100" or "1 of 5" would argue for leaving). None: no recap.
 */
export function Recap({ recap, locale }: { recap: RenewalRecap; locale: string }) {
  const t = strings(locale);
  const tag = intlLocale(locale);
  const { score, features, seats } = recap;
  const tiles: string[][] = [];
  if (recap.total > 0) tiles.push([t.saved, formatValue(recap.total, recap.unit, tag)]);
  if (score !== null && score >= 50) tiles.push([t.score, `${score}/100`]);
  if (features !== null && features >= 0.5) tiles.push([t.features, new Intl.NumberFormat(tag, { style: 'percent' }).format(features)]);
  if (seats && seats.active * 2 >= seats.of) tiles.push([t.seats, format(t.of, locale, seats)]);
  if (!tiles.length) return null;
  return (
    <dl class="recap">
      {tiles.map((tile) => (
        <div key={tile[0]}>
          <dt>{tile[0]}</dt>
          <dd>{tile[1]}</dd>
        </div>
      ))}
    </dl>
  );
}
