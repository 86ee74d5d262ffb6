import { fillPlaceholders, localize, type Text } from '@growthkit/core';
import type { WidgetContext } from './widget-context.ts';

/**
 * A campaign text in the user's locale with `{{user.<trait>}}` and `{{account.<trait>}}` filled in, numbers in the
 * locale's digits. Other placeholders (`{{value.*}}`) stay for the widget. The result is text, rendered as text.
 */
export function userText(text: Text, context: WidgetContext): string {
  const { account, ...user } = context.attributes();
  let number: Intl.NumberFormat;
  try {
    number = new Intl.NumberFormat(context.locale);
  } catch {
    number = new Intl.NumberFormat('en');
  }
  return fillPlaceholders(localize(text, context.locale), { user, account }, (n) => number.format(n));
}
