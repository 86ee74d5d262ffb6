/**
 * Minutes as hours and minutes for the locale ("15 hr, 20 min", "15小时20分钟", "0 min"): each unit in its short form,
 * joined as a short unit list. That is how Intl.DurationFormat's "short" style is specified, and its output in Chromium;
 * built from NumberFormat and ListFormat, every browser reads the same without a fallback path (byte budget).
 */
export function formatDuration(minutes: number, tag: string): string {
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60);
  const unit = (value: number, name: string) =>
    new Intl.NumberFormat(tag, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  const parts = hours ? [unit(hours, 'hour')] : [];
  if (whole % 60 || !hours) parts.push(unit(whole % 60, 'minute'));
  return new Intl.ListFormat(tag, { type: 'unit', style: 'short' }).format(parts);
}

/** A summary value in its unit: a duration for "minutes", else money in that ISO currency. `tag`: intlLocale's. */
export function formatValue(value: number, unit: string, tag: string): string {
  if (unit === 'minutes') return formatDuration(value, tag);
  return new Intl.NumberFormat(tag, { style: 'currency', currency: unit }).format(value);
}
