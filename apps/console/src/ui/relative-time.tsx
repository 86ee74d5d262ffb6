import { h } from 'preact';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const absolute = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** "5 minutes ago", with the exact time in the element's datetime and title. */
export function RelativeTime({ iso }: { iso: string }) {
  const at = Date.parse(iso);
  const ago = at - Date.now();
  const [unit, size] = UNITS.find(([, ms]) => Math.abs(ago) >= ms) ?? ['second', 1000];
  const words = Math.abs(ago) > 30 * 86_400_000 ? absolute.format(at) : relative.format(Math.round(ago / size), unit);
  return (
    <time dateTime={iso} title={absolute.format(at)}>
      {words}
    </time>
  );
}
