import type { Text } from './text.ts';

/** Of the `available` tags, the one that serves `locale`: the exact tag, then its language ("zh-TW" → "zh"), then a sibling of that language. */
export function matchLocale(locale: string, available: readonly string[]): string | undefined {
  if (available.includes(locale)) return locale;
  const language = locale.split('-')[0];
  if (available.includes(language)) return language;
  return available.find((tag) => tag.split('-')[0] === language);
}

/** The text for `locale` (matchLocale among its tags), else English. */
export function localize(text: Text, locale: string): string {
  const tag = matchLocale(locale, Object.keys(text));
  return tag === undefined ? text.en : text[tag];
}

/**
 * The locale a widget speaks to a user of `locale`: theirs when the project has their language (their region's number
 * and date formats kept), else the project's default. A user whose language the project lacks reads the default's
 * words, and the widget's direction, digits and built-in texts must follow those words, not the browser's language.
 */
export function displayLocale(locale: string, { locales, defaultLocale }: { locales: readonly string[]; defaultLocale: string }): string {
  return matchLocale(locale, locales) === undefined ? defaultLocale : locale;
}
