import { h, type ComponentChildren } from 'preact';
import { CloseButton } from './close-button.tsx';

interface CardHeadProps {
  /** id of the title, which names the card */
  id: string;
  title: string;
  /** the close button's accessible name */
  dismiss: string;
  onDismiss(): void;
  /** more icon buttons, between the title and the close button */
  children?: ComponentChildren;
}

/** A card's header row: its title and a close button. */
export function CardHead({ id, title, dismiss, onDismiss, children }: CardHeadProps) {
  return (
    <div class="gk-head">
      <h2 id={id} class="gk-title">
        {title}
      </h2>
      {children}
      <CloseButton label={dismiss} onClick={onDismiss} />
    </div>
  );
}
