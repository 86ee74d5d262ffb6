import type { Text } from './text.ts';

/** The text for `locale`: the exact tag, then its language ("zh-TW" → "zh"), then a sibling of that language, then English. */
export function localize(text: Text, locale: string): string {
  if (text[locale] !== undefined) return text[locale];
  const language = locale.split('-')[0];
  if (text[language] !== undefined) return text[language];
  const sibling = Object.keys(text).find((tag) => tag.split('-')[0] === language);
  return sibling ? text[sibling] : text.en;
}
