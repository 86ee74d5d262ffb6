import { Component, h } from 'preact';
import { format } from '../i18n/format.ts';
import { strings } from '../i18n/strings.ts';
import { CallToAction } from '../call-to-action.tsx';
import { CloseButton } from '../close-button.tsx';
import { direction } from '../i18n/direction.ts';
import { Icon } from '../icon.tsx';
import type { UpsellProps } from './props.ts';

const SPARKLE = 'M8 1.5l1.6 4.9 4.9 1.6-4.9 1.6L8 14.5l-1.6-4.9L1.5 8l4.9-1.6z';
const TREND = 'M1.5 11.5l4-4 3 3 6-6M10.5 4.5h4v4';

/**
 * The personalized upsell card: the one offer chosen for this user, inline in the host's slot.
 * A class, not hooks: preact/hooks would add about 1 KB gzip to the shared widget chunk.
 */
export class Upsell extends Component<UpsellProps, { announcement?: string }> {
  // After a dismissal the next offer takes the card's place under the user's focus (the dismiss button stays); say so.
  declare dismissed?: string;

  componentDidUpdate(previous: UpsellProps) {
    const { locale, offer } = this.props;
    if (offer?.id === previous.offer?.id) return;
    if (offer && this.dismissed && offer.id !== this.dismissed) {
      this.setState({ announcement: format(strings(locale).upsell.next, locale, { title: offer.title }) });
    }
    this.dismissed = undefined;
  }

  render({ locale, heading, offer, onAction, onDismiss }: UpsellProps, { announcement }: { announcement?: string }) {
    if (!offer) return null;

    return (
      <div class="kit upsell" dir={direction(locale)} lang={locale}>
        <section class="offer" aria-labelledby="title">
          <div class="head">
            <p class="eyebrow">
              <Icon d={SPARKLE} />
              {heading}
            </p>
            <CloseButton
              label={strings(locale).upsell.dismiss}
              locale={locale}
              onClick={() => {
                this.dismissed = offer.id;
                onDismiss(offer.id);
              }}
            />
          </div>
          <h2 id="title" class="title">
            {offer.title}
          </h2>
          <p class="value">
            <Icon d={TREND} />
            {offer.value}
          </p>
          {offer.testimonial && (
            <figure class="quote">
              <blockquote>{offer.testimonial.quote}</blockquote>
              <figcaption>{offer.testimonial.author}</figcaption>
            </figure>
          )}
          <CallToAction class="btn primary cta" action={offer.action} onClick={() => onAction(offer.id)} />
        </section>
        <p class="sr" role="status">
          {announcement}
        </p>
      </div>
    );
  }
}
