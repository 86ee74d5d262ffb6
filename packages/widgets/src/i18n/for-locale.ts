/** A widget's strings for the locale's language, else English; "zh-TW" gets the Chinese there is rather than English. */
export function forLocale<T>(byLanguage: { en: T } & Record<string, T>, locale: string): T {
  return byLanguage[locale.split('-')[0].toLowerCase()] ?? byLanguage.en;
}
