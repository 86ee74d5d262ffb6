import { h } from 'preact';
import { Icon, ICON } from './icon.tsx';

interface CloseButtonProps {
  /** the button's accessible name, in the widget's language ("Dismiss", "Close", "Not interested") */
  label: string;
  onClick(): void;
}

/** The × icon button every widget closes with. */
export function CloseButton({ label, onClick }: CloseButtonProps) {
  return (
    <button class="gk-icon" aria-label={label} onClick={() => onClick()}>
      <Icon d={ICON.close} />
    </button>
  );
}
