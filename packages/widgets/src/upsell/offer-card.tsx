import { h } from 'preact';
import { CallToAction } from '../call-to-action.tsx';
import { CloseButton } from '../close-button.tsx';
import { Icon } from '../icon.tsx';
import type { UpsellProps } from './props.ts';
import { strings } from './strings.ts';

const SPARKLE = 'M8 1.5l1.6 4.9 4.9 1.6-4.9 1.6L8 14.5l-1.6-4.9L1.5 8l4.9-1.6z';
const TREND = 'M1.5 11.5l4-4 3 3 6-6M10.5 4.5h4v4';

/** The offer now: eyebrow, title, value line, testimonial and call to action; nothing while there is none. */
export function OfferCard({ locale, heading, offer: current, onAction, onDismiss }: UpsellProps) {
  const offer = current.value;
  if (!offer) return null;
  return (
    <section class="offer" aria-labelledby="title">
      <div class="head">
        <p class="eyebrow">
          <Icon d={SPARKLE} />
          {heading}
        </p>
        <CloseButton label={strings(locale).dismiss} locale={locale} onClick={() => onDismiss(offer.id)} />
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
  );
}
