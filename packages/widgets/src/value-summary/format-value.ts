/** A locale Intl accepts; a malformed tag from a host must not take the widget down. */
export function intlLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

interface DurationFormatter {
  format(duration: { hours?: number; minutes?: number }): string;
}
type DurationFormatConstructor = new (locale: string, options: { style: 'short'; minutesDisplay?: 'always' }) => DurationFormatter;

/**
 * Minutes as hours and minutes for the locale ("15 hr, 20 min", "15小时20分钟"). Intl.DurationFormat where the
 * browser has it (Chromium 129+, Safari 16.4+, Firefox 136+); elsewhere the same parts joined by Intl.ListFormat.
 */
export function formatDuration(minutes: number, locale: string): string {
  const tag = intlLocale(locale);
  const whole = Math.round(minutes);
  const parts = { hours: Math.floor(whole / 60), minutes: whole % 60 };
  if (!parts.hours) delete (parts as Partial<typeof parts>).hours;
  else if (!parts.minutes) delete (parts as Partial<typeof parts>).minutes;
  const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
  // Zero units are left out by default, so a zero total would read "": it must read "0 min".
  if (DurationFormat) return new DurationFormat(tag, { style: 'short', ...(whole === 0 && { minutesDisplay: 'always' as const }) }).format(parts);
  const unit = (value: number, name: string) => new Intl.NumberFormat(tag, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  const list = Object.entries(parts).map(([name, value]) => unit(value, name.slice(0, -1)));
  return new Intl.ListFormat(tag, { type: 'unit', style: 'narrow' }).format(list);
}

/** A summary value in its unit: a duration for "minutes", else money in that ISO currency. */
export function formatValue(value: number, unit: string, locale: string): string {
  if (unit === 'minutes') return formatDuration(value, locale);
  return new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: unit }).format(value);
}
