/** The strings for a locale's language, else English: "zh-TW" gets the Chinese there is rather than English. */
export function stringsFor<S>(tables: { en: S } & Record<string, S>, locale: string): S {
  return tables[locale.split('-')[0].toLowerCase()] ?? tables.en;
}
