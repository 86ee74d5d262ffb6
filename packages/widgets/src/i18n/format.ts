import { intlLocale } from './intl-locale.ts';

/** Fills `{name}` placeholders; numbers are formatted for the locale. */
export function format(template: string, locale: string, values: Record<string, string | number>): string {
  const number = new Intl.NumberFormat(intlLocale(locale));
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    return typeof value === 'number' ? number.format(value) : value;
  });
}
