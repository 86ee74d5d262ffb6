import type { Campaign, UpsellWidget } from '@growthkit/core';
import type { UpsellProps } from '@growthkit/widgets';
import type { WidgetApi, WidgetLogic } from './widget-module.ts';

type UpsellCampaign = Campaign & { widget: UpsellWidget };

/**
 * Runs one upsell campaign: shows the single best offer for this user (core's rankOffers over the evaluation
 * context), and on a dismissal cools that offer down and shows the next best. The campaign itself stays: dismissing
 * an offer is not dismissing every offer.
 */
export function upsellController(campaign: UpsellCampaign, api: WidgetApi): WidgetLogic<UpsellProps> {
  const { context } = api;
  /** id of the offer on screen at the last render */
  let offerId: string | undefined;

  return {
    shownProps: () => (offerId ? { offer: offerId } : undefined),
    refresh() {
      const before = offerId;
      api.render();
      // the next offer after a dismissal is reported as shown in its own right
      if (offerId !== before) api.newPageView();
    },
    props(text) {
      const offer = api.rules.offer(campaign);
      offerId = offer?.id;
      return {
        locale: context.locale,
        heading: text(campaign.content.title),
        offer: offer && {
          id: offer.id,
          title: text(offer.title),
          value: text(offer.value),
          testimonial: offer.testimonial && { quote: text(offer.testimonial.quote), author: offer.testimonial.author },
          action: { label: text(offer.action.label), url: 'url' in offer.action ? offer.action.url : undefined },
        },
        // the offer the widget shows is this render's
        onAction: () => offer && api.act(offer.action, { offer: offer.id }),
        onDismiss: (id) => api.dismissPart(id, { offer: id }),
      };
    },
  };
}
