import { h, type ComponentChildren } from 'preact';
import { CloseButton } from './close-button.tsx';

interface CardProps {
  /** id of the title, which names the card */
  titleId: string;
  title: string;
  body?: string;
  /** the close button's name ("Dismiss") is the kit's string in this locale */
  locale: string;
  onDismiss(): void;
  /** more icon buttons in the header, between the title and the close button */
  actions?: ComponentChildren;
  children: ComponentChildren;
  /** the section's own id and keys, where a widget needs them (the checklist's panel) */
  id?: string;
  onKeyDown?(event: KeyboardEvent): void;
}

/**
 * A widget's card: a section named by its title, a header row with the title and a close button, the body text, then
 * the widget's content. One component in the shared chunk rather than the same markup in each widget (byte budget).
 */
export function Card({ titleId, title, body, locale, onDismiss, actions, children, ...section }: CardProps) {
  return (
    <section class="gk-card" aria-labelledby={titleId} {...section}>
      <div class="gk-head">
        <h2 id={titleId} class="gk-title">
          {title}
        </h2>
        {actions}
        <CloseButton locale={locale} onClick={onDismiss} />
      </div>
      {body && <p class="gk-body">{body}</p>}
      {children}
    </section>
  );
}
