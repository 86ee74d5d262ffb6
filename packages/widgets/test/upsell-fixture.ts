import { vi } from 'vitest';
import type { UpsellOfferView, UpsellProps } from '../src/upsell/props.ts';
import { liveProps } from './live-props.ts';

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
      action: { label: 'Try Growth free' },
    },
    {
      id: 'templates',
      title: 'Start from 200+ templates',
      value: 'Write your next doc 3× faster',
      action: { label: 'Browse templates', url: 'https://example.com/docs' },
    },
  ];
}

/** Props wired as the runtime wires them: dismissing an offer brings the next one. */
export function upsellProps(offers = basicOffers(), overrides: Partial<Pick<UpsellProps, 'locale' | 'heading'>> = {}) {
  const dismissed = new Set<string>();
  const props = liveProps({
    locale: 'en',
    heading: 'Recommended for you',
    offer: offers[0] as UpsellOfferView | undefined,
    onAction: vi.fn<(offerId: string) => void>(),
    onDismiss: vi.fn((id: string) => {
      dismissed.add(id);
      props.set({ offer: offers.find((o) => !dismissed.has(o.id)) });
    }),
    ...overrides,
  } satisfies UpsellProps);
  return props;
}
