import { chooseOffer, type Campaign, type Offer, type UpsellWidget } from '@growthkit/core';
import type { UpsellOfferView, UpsellProps } from '@growthkit/widgets';
import { userText } from './user-placeholders.ts';
import type { WidgetContext } from './widget-context.ts';
import { WidgetController } from './widget-controller.ts';
import type { WidgetView } from './widget-module.ts';

type UpsellCampaign = Campaign & { widget: UpsellWidget };

/**
 * Runs one upsell campaign: shows the single best offer for this user (core's chooseOffer over the evaluation
 * context), and on a dismissal cools that offer down and shows the next best. The campaign itself stays: dismissing
 * an offer is not dismissing every offer.
 */
export class UpsellController extends WidgetController<UpsellCampaign, UpsellProps> {
  /** the offer on screen at the last render */
  private offer: UpsellOfferView | undefined;

  constructor(campaign: UpsellCampaign, context: WidgetContext, onClosed: () => void, ui: WidgetView<UpsellProps>) {
    super(campaign, context, onClosed, ui);
    this.lifecycle.shownProps = () => this.offer && { offer: this.offer.id };
  }

  /** the offer for this user now, and why */
  choice() {
    const { campaign, context } = this;
    return chooseOffer(campaign.widget.offers, context.evaluation(), context.state.campaign(campaign.id), new Date(context.now()), context.conditions);
  }

  refresh(): void {
    const before = this.offer?.id;
    this.lifecycle.render();
    // the next offer after a dismissal is reported as shown in its own right
    if (this.offer?.id !== before) this.lifecycle.newPageView();
  }

  private view(offer: Offer): UpsellOfferView {
    const text = (value: Record<string, string>) => userText(value, this.context);
    const { action, testimonial } = offer;
    return {
      id: offer.id,
      title: text(offer.title),
      value: text(offer.value),
      ...(testimonial && { testimonial: { quote: text(testimonial.quote), author: testimonial.author } }),
      action: { label: text(action.label), ...('url' in action && { url: action.url }) },
    };
  }

  protected props(): UpsellProps {
    const { campaign, context } = this;
    const offer = this.choice().offer;
    this.offer = offer && this.view(offer);
    return {
      locale: context.locale,
      heading: userText(campaign.content.title, context),
      offer: this.offer,
      onAction: (id) => {
        const action = campaign.widget.offers.find((candidate) => candidate.id === id)?.action;
        if (!action) return;
        const isUrl = 'url' in action;
        context.emit('gk.click', campaign.id, { offer: id, action: isUrl ? action.url : action.action });
        if (isUrl) context.navigate(action.url);
        else context.notify('cta', { campaignId: campaign.id, offer: id, action: action.action });
      },
      onDismiss: (id) => {
        this.lifecycle.dismissPart(id, { offer: id });
        this.refresh();
      },
    };
  }
}
