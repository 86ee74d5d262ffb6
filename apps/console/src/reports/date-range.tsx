import { h } from 'preact';
import { useState } from 'preact/hooks';
import { here, navigate } from '../routing/location.ts';

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The report's range from the URL (`?from=2026-09-01&to=2026-11-30`, UTC days, both included), else the default. */
export function readRange(defaultFrom: string): { from: string; to: string; query: string } {
  const params = new URLSearchParams(here.value.search);
  const valid = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
  const from = valid(params.get('from')) ?? defaultFrom;
  const to = valid(params.get('to')) ?? isoDay(Date.now());
  // the API's `to` is an instant, exclusive: the end of the last day asked for; left out (now) when that is still to come
  const end = Date.parse(`${to}T00:00:00Z`) + DAY;
  const until = end < Date.now() ? `&to=${new Date(end).toISOString()}` : '';
  return { from, to, query: `from=${from}T00:00:00Z${until}` };
}

/** Days ago, as a date input's value. */
export const daysAgo = (days: number) => isoDay(Date.now() - days * DAY);

/** A from–to filter whose Apply puts the range in the URL, so it can be shared and gone back to. */
export function DateRange({ from, to }: { from: string; to: string }) {
  const [start, setStart] = useState(from);
  const [end, setEnd] = useState(to);
  const wrong = start > end;
  const apply = (event: Event) => {
    event.preventDefault();
    if (wrong) return;
    // the page's other choices (a funnel's campaign) stay in the URL
    const params = new URLSearchParams(here.value.search);
    params.set('from', start);
    params.set('to', end);
    navigate(`${here.value.pathname}?${params}`);
  };
  return (
    <form class="range" onSubmit={apply} aria-label="Date range">
      <div class="field">
        <label for="range-from">From</label>
        <input id="range-from" type="date" value={start} max={end} onInput={(event) => setStart(event.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="range-to">To (included)</label>
        <input
          id="range-to"
          type="date"
          value={end}
          min={start}
          aria-invalid={wrong}
          aria-describedby={wrong ? 'range-error' : undefined}
          onInput={(event) => setEnd(event.currentTarget.value)}
        />
      </div>
      <button type="submit" class="button">
        Apply
      </button>
      {wrong && (
        <p id="range-error" class="error">
          The end is before the start: pick an end on or after {start}.
        </p>
      )}
    </form>
  );
}
