import { rankOffers, type CampaignOf } from '@growthkit/core';
import type { UpsellOfferView, UpsellProps } from '@growthkit/widgets';
import { signal } from '@preact/signals';
import type { WidgetApi, WidgetLogic } from './widget-module.ts';
import { writeIfChanged } from './write-if-changed.ts';

/**
 * Runs one upsell campaign: shows the single best offer for this user (the first of core's rankOffers over the
 * evaluation context), and on a dismissal cools that offer down and shows the next best. The campaign itself stays:
 * dismissing an offer is not dismissing every offer.
 */
export function upsellController(campaign: CampaignOf<'upsell'>, api: WidgetApi): WidgetLogic<UpsellProps> {
  const { context } = api;
  const offer = signal<UpsellOfferView | undefined>(undefined);
  /** the best offer for this user now; undefined when none is eligible */
  const best = () =>
    rankOffers(campaign.widget.offers, context.evaluation(), context.state.campaign(campaign.id), new Date(context.now()), {
      evalCondition: context.evalCondition,
    })[0];

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
          testimonial: chosen.testimonial && { quote: api.text(chosen.testimonial.quote), author: chosen.testimonial.author },
          action: { ...chosen.action, label: api.text(chosen.action.label) },
        },
      );
      // the next offer after a dismissal is reported as shown in its own right
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
      onDismiss: (id) => api.dismissPart(id, { offer: id }),
    }),
  };
}
