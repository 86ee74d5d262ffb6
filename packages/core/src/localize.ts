import type { Text } from './text.ts';

const language = (tag: string) => tag.split('-')[0];

/** The text for `locale`: the exact tag, then its language ("zh-TW" → "zh"), then a sibling of that language, then English. */
export function localize(text: Text, locale: string): string {
  if (text[locale] !== undefined) return text[locale];
  const own = language(locale);
  if (text[own] !== undefined) return text[own];
  const sibling = Object.keys(text).find((tag) => language(tag) === own);
  return sibling ? text[sibling] : text.en;
}

/**
 * The locale a widget speaks to a user of `locale`: theirs when the project's texts are in their language (localize
 * finds them; their region's number and date formats kept), else the project's default. A user whose language the
 * project lacks reads the default's words, and the widget's direction, digits and built-in texts must follow those
 * words, not the browser's language.
 */
export function displayLocale(locale: string, { locales, defaultLocale }: { locales: readonly string[]; defaultLocale: string }): string {
  return locales.some((tag) => language(tag) === language(locale)) ? locale : defaultLocale;
}
