import { h, type ComponentChildren } from 'preact';
import { direction } from './i18n/direction.ts';

interface WidgetRootProps {
  /** the widget type: the root's class `gk-<type>` scopes the widget's rules in the kit's stylesheet */
  type: string;
  /** BCP 47 tag: the root's language and text direction */
  locale: string;
  /** what the widget's polite status region says (an empty region stays in place, so a later change is read out) */
  status?: string;
  children: ComponentChildren;
}

/**
 * The element every widget renders first: the kit's class and the widget's, the language and direction of the locale,
 * and a status live region after the content. One component in the shared chunk rather than the same markup in each
 * widget's chunk (byte budget, SPEC §11).
 */
export function WidgetRoot({ type, locale, status, children }: WidgetRootProps) {
  return (
    <div class={`gk gk-${type}`} dir={direction(locale)} lang={locale}>
      {children}
      <p class="gk-sr" role="status">
        {status}
      </p>
    </div>
  );
}
