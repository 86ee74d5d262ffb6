import { chooseOffer, type Campaign, type UpsellWidget } from '@growthkit/core';
import type { UpsellOfferView, UpsellProps } from '@growthkit/widgets';
import { userText } from './user-placeholders.ts';
import { WidgetController } from './widget-controller.ts';

type UpsellCampaign = Campaign & { widget: UpsellWidget };

/**
 * Runs one upsell campaign: shows the single best offer for this user (core's chooseOffer over the evaluation
 * context), and on a dismissal cools that offer down and shows the next best. The campaign itself stays: dismissing
 * an offer is not dismissing every offer.
 */
export class UpsellController extends WidgetController<UpsellCampaign, UpsellProps> {
  /** the offer on screen at the last render */
  private offer: UpsellOfferView | undefined;

  protected shownProps() {
    return this.offer && { offer: this.offer.id };
  }

  refresh(): void {
    const before = this.offer?.id;
    this.render();
    // the next offer after a dismissal is reported as shown in its own right
    if (this.offer?.id !== before) this.newPageView();
  }

  protected props(): UpsellProps {
    const { campaign, context } = this;
    const { offers } = campaign.widget;
    const text = userText(context);
    const offer = chooseOffer(offers, context.evaluation(), context.state.campaign(campaign.id), new Date(context.now()), context.conditions).offer;
    this.offer = offer && {
      id: offer.id,
      title: text(offer.title),
      value: text(offer.value),
      ...(offer.testimonial && { testimonial: { quote: text(offer.testimonial.quote), author: offer.testimonial.author } }),
      action: { label: text(offer.action.label), ...('url' in offer.action && { url: offer.action.url }) },
    };
    return {
      locale: context.locale,
      heading: text(campaign.content.title),
      offer: this.offer,
      onAction: (id) => {
        const action = offers.find((candidate) => candidate.id === id)?.action;
        if (action) this.act(action, { offer: id });
      },
      onDismiss: (id) => this.dismissPart(id, { offer: id }),
    };
  }
}
