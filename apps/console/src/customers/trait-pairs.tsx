import { h } from 'preact';

const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** Traits or other named values as a list of name and value, or `empty` in words when there are none. */
export function TraitPairs({ entries, empty }: { entries: [string, unknown][]; empty: string }) {
  if (entries.length === 0) return <p class="muted">{empty}</p>;
  return (
    <dl class="pairs">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{text(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
