import { fillPlaceholders, localize, type Text } from '@growthkit/core';
import { intlLocale } from '@growthkit/widgets';
import type { WidgetContext } from './widget-context.ts';

/** A campaign text as the user reads it. */
export type UserText = (text: Text) => string;

/**
 * How a controller turns campaign texts into what the user reads: the user's locale, with `{{user.<trait>}}` and
 * `{{account.<trait>}}` filled in from the traits now, numbers in the locale's digits. Other placeholders
 * (`{{value.*}}`) stay for the widget. The result is text, rendered as text.
 */
export function userText(context: WidgetContext): UserText {
  const { locale } = context;
  const { account, ...user } = context.attributes();
  const number = new Intl.NumberFormat(intlLocale(locale));
  return (text) => fillPlaceholders(localize(text, locale), { user, account }, (n) => number.format(n));
}
