import { fillPlaceholders, localize, type Text } from '@growthkit/core';
import { englishTexts, intlLocale } from '@growthkit/widgets/i18n';
import type { WidgetContext } from './widget-context.ts';

/** A campaign text as the user reads it; `values`: more placeholder roots a widget's logic fills (`{ value: … }`). */
export type UserText = (text: Text, values?: Readonly<Record<string, unknown>>) => string;

/**
 * How a controller turns campaign texts into what the user reads: the user's locale, with `{{user.<trait>}}` and
 * `{{account.<trait>}}` filled in from the traits now, numbers in the locale's digits, and the roots in `values`.
 * Other placeholders stay as written. The result is text, rendered as text.
 */
export function userText(context: WidgetContext): UserText {
  const { locale } = context;
  const { account, ...user } = context.attributes();
  // made for the first number a text fills: most texts fill none, and a formatter costs far more to make than to use
  let number: Intl.NumberFormat | undefined;
  const formatNumber = (n: number) => {
    number ??= new Intl.NumberFormat(intlLocale(locale));
    return number.format(n);
  };
  const english = locale.split('-')[0] === 'en';
  return (text, values) => {
    const localized = localize(text, locale);
    const said = fillPlaceholders(localized, { ...values, user, account }, formatNumber);
    // the English text (a project's fallback) in a widget of another language must be read in an English voice
    if (localized === text.en && !english) englishTexts.add(said);
    return said;
  };
}
