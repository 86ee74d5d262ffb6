import { signal } from '@preact/signals';
import { vi } from 'vitest';
import type { UpsellOfferView, UpsellProps } from '../src/upsell/props.ts';

/** The basic persona's two offers, best first, as the runtime would pass them. */
export function basicOffers(firstName = 'Ben'): UpsellOfferView[] {
  return [
    {
      id: 'basic-automation',
      title: `${firstName}, automate your weekly reports`,
      value: 'Saves about 10 h a month',
      testimonial: {
        quote: 'Our Monday report used to take half a day. Now it is in everyone’s inbox before standup.',
        author: 'Priya N., Head of Ops at Northwind',
      },
      action: { label: 'Try Growth free', action: 'start_trial' },
    },
    {
      id: 'templates',
      title: 'Start from 200+ templates',
      value: 'Write your next doc 3× faster',
      action: { label: 'Browse templates', url: 'https://example.com/docs' },
    },
  ];
}

/** Props wired as the runtime wires them: dismissing an offer takes the card off this page. */
export function upsellProps(offers = basicOffers(), overrides: Partial<Pick<UpsellProps, 'locale' | 'heading'>> = {}) {
  const offer = signal<UpsellOfferView | undefined>(offers[0]);
  return {
    locale: 'en',
    heading: 'Recommended for you',
    offer,
    onAction: vi.fn<(offerId: string) => void>(),
    onDismiss: vi.fn(() => {
      offer.value = undefined;
    }),
    ...overrides,
  } satisfies UpsellProps;
}
