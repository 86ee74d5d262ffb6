/**
 * Intl formatter for `locale`. A malformed tag falls back to English, and there a unit Intl does not know (or any
 * unit, as the tag was not understood) to the bare number.
 */
function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, options);
  } catch {
    return new Intl.NumberFormat('en', options.unit ? { maximumFractionDigits: 1 } : options);
  }
}

/** "4.1", "5 GB", "82%" for a meter, in the locale's digits; the unit goes with the limit only, as people say it. */
export function usageAmounts(locale: string, used: number, limit: number, unit?: string) {
  const number = { maximumFractionDigits: 1 };
  return {
    used: formatter(locale, number).format(used),
    limit: formatter(locale, unit ? { ...number, style: 'unit', unit } : number).format(limit),
    percent: formatter(locale, { style: 'percent', maximumFractionDigits: 0 }).format(limit > 0 ? used / limit : 0),
  };
}

/** "7 days" / "7天" */
export function formatDays(locale: string, days: number): string {
  return formatter(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days);
}
