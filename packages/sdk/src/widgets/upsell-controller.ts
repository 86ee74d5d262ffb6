import { rankOffers, type CampaignOf, type Text } from '@growthkit/core';
import type { UpsellOfferView, UpsellProps } from '@growthkit/widgets';
import { signal } from '@preact/signals';
import type { WidgetApi, WidgetLogic } from './widget-module.ts';
import { writeIfChanged } from './write-if-changed.ts';

/**
 * Runs one upsell campaign: shows the single best offer for this user (the first of core's rankOffers over the
 * evaluation context), and on a dismissal cools that offer down and takes the card off the page it was dismissed on;
 * the next best shows on the next page (a route or a reload). The campaign itself stays: dismissing an offer is not
 * dismissing every offer.
 */
export function upsellController(campaign: CampaignOf<'upsell'>, api: WidgetApi): WidgetLogic<UpsellProps> {
  const { context } = api;
  const offer = signal<UpsellOfferView | undefined>(undefined);
  /** a testimonial's author: one string for every locale (as before), or text per locale */
  const authorText = (author: string | Text) => (typeof author === 'string' ? author : api.text(author));
  /**
   * the page the user said "Not interested" on: no offer there, or the next would take the card's place under their
   * focus (Enter again would walk the whole catalogue) and the dismissal would look ignored
   */
  let dismissedOn: string | undefined;
  /** the best offer for this user now; undefined when none is eligible or the user dismissed one on this page */
  const best = () => {
    const attributes = context.evaluation();
    if (dismissedOn === String(attributes.page.path)) return undefined;
    return rankOffers(campaign.widget.offers, attributes, context.state.campaign(campaign.id), new Date(context.now()), {
      evalCondition: context.evalCondition,
    })[0];
  };

  return {
    shownProps: () => {
      const id = offer.peek()?.id;
      return id ? { offer: id } : undefined;
    },
    refresh() {
      const before = offer.peek()?.id;
      const chosen = best();
      writeIfChanged(
        offer,
        chosen && {
          id: chosen.id,
          title: api.text(chosen.title),
          value: api.text(chosen.value),
          testimonial: chosen.testimonial && { quote: api.text(chosen.testimonial.quote), author: authorText(chosen.testimonial.author) },
          action: { ...chosen.action, label: api.text(chosen.action.label) },
        },
      );
      // the next offer (after a dismissal, on a later page) is reported as shown in its own right
      if (chosen?.id !== before) api.newPageView();
    },
    props: () => ({
      locale: context.locale,
      heading: api.text(campaign.content.title),
      offer,
      onAction: (id) => {
        const chosen = campaign.widget.offers.find((candidate) => candidate.id === id);
        if (chosen) api.act(chosen.action, { offer: id });
      },
      onDismiss: (id) => {
        dismissedOn = String(context.evaluation().page.path);
        api.dismissPart(id, { offer: id });
      },
    }),
  };
}
