import { h } from 'preact';
import { money } from '../ui/money.ts';

/** traits that are amounts in minor units (core's value score reads `plan_price` so), shown as the Metrics page shows money */
const AMOUNTS = new Set(['plan_price', 'mrr']);

const text = (key: string, value: unknown) => {
  if (AMOUNTS.has(key) && typeof value === 'number') return money(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
};

/** Traits or other named values as a list of name and value, or `empty` in words when there are none. */
export function TraitPairs({ entries, empty }: { entries: [string, unknown][]; empty: string }) {
  if (entries.length === 0) return <p class="muted">{empty}</p>;
  return (
    <dl class="pairs">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{text(key, value)}</dd>
        </div>
      ))}
    </dl>
  );
}
