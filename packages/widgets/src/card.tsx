import type { ReadonlySignal } from '@preact/signals';
import { h, type ComponentChildren } from 'preact';
import { CloseButton } from './close-button.tsx';

/** A heading or body text: fixed, or a signal the runtime writes (the value summary's follow its period) */
type CardText = string | ReadonlySignal<string>;

interface CardProps {
  /** the heading, id `title`: a shadow root holds one widget, so the id is unique in it */
  title: CardText;
  body?: CardText;
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
 * the widget's content. One component in the shared chunk rather than the same markup in each widget.
 */
export function Card({ title, body, locale, onDismiss, actions, children, ...section }: CardProps) {
  return (
    <section class="card" aria-labelledby="title" {...section}>
      <div class="head">
        <h2 id="title" class="title">
          {title}
        </h2>
        {actions}
        <CloseButton locale={locale} onClick={onDismiss} />
      </div>
      {body && <p class="body">{body}</p>}
      {children}
    </section>
  );
}
