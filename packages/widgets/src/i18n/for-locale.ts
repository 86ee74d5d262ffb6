/**
 * A widget's strings by locale: the locale's language, else English; "zh-TW" gets the Chinese there is rather than
 * English. Returns the lookup itself, so each strings module is one call (byte budget).
 */
export const forLocale =
  <T>(byLanguage: { en: T } & Record<string, T>) =>
  (locale: string): T =>
    byLanguage[locale.split('-')[0].toLowerCase()] ?? byLanguage.en;
