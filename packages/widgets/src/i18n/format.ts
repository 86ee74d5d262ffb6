import { intlLocale } from './intl-locale.ts';

/**
 * Fills `{name}` placeholders; numbers are formatted for the locale. The number format is made only for a number: a
 * widget formats many texts on every render, most of them without one, and each format costs a locale lookup.
 */
export function format(template: string, locale: string, values: Record<string, string | number>): string {
  let number: Intl.NumberFormat | undefined;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (typeof value !== 'number') return value;
    number ??= new Intl.NumberFormat(intlLocale(locale));
    return number.format(value);
  });
}
