import { h } from 'preact';
import { kitStrings } from './i18n/kit-strings.ts';
import { Icon, ICON } from './icon.tsx';

interface CloseButtonProps {
  /** the button's accessible name where it is not the kit's "Dismiss" ("Close", "Not interested") */
  label?: string;
  /** the widget's locale, for the kit's "Dismiss" */
  locale: string;
  onClick(): void;
}

/** The × icon button every widget closes with. */
export function CloseButton({ label, locale, onClick }: CloseButtonProps) {
  return (
    <button class="icon" aria-label={label ?? kitStrings(locale).dismiss} onClick={() => onClick()}>
      <Icon d={ICON.close} />
    </button>
  );
}
