/**
 * A locale Intl accepts for `locale`, else English: a malformed tag from a host must not take a widget down. The one
 * guard every number format in the widget chunks goes through (byte budget: one copy, in the shared chunk).
 */
export function intlLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
