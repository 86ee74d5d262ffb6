import type { Campaign, chooseOffer, Offer, UpsellWidget } from '@growthkit/core';
import type { UpsellOfferView, UpsellProps } from '@growthkit/widgets';
import type { Signal } from '@preact/signals';
import type { WidgetHost } from '../mount/widget-host.ts';
import { userText } from './user-placeholders.ts';
import type { WidgetContext } from './widget-context.ts';
import type { WidgetModule } from './widget-module.ts';

type UpsellCampaign = Campaign & { widget: UpsellWidget };
/** the upsell chunk: the widget and the offer choice */
type UpsellModule = WidgetModule<UpsellProps> & { chooseOffer: typeof chooseOffer };

/**
 * Runs one upsell campaign: shows the single best offer for this user (core's chooseOffer over the evaluation
 * context), and on a dismissal cools that offer down and shows the next best. The campaign itself stays: dismissing
 * an offer is not dismissing every offer.
 */
export class UpsellController {
  private offer: Signal<UpsellOfferView | undefined> | undefined;
  private choose: typeof chooseOffer | undefined;
  private unmount: (() => void) | undefined;
  private host: WidgetHost | undefined;
  /** the offer last reported as shown in this page view */
  private reported: string | undefined;
  private mounting = 0;

  constructor(
    readonly campaign: UpsellCampaign,
    private readonly context: WidgetContext,
    private readonly onClosed: () => void,
  ) {}

  get mountedIn(): WidgetHost | undefined {
    return this.host;
  }

  /** the offer for this user now, and why (what the debug panel and tests read); undefined until the chunk is loaded */
  choice() {
    const { campaign, context } = this;
    return this.choose?.(campaign.widget.offers, context.evaluation(), context.state.campaign(campaign.id), new Date(context.now()));
  }

  refresh(): void {
    if (!this.offer) return;
    const offer = this.choice()?.offer;
    if (offer?.id !== this.offer.value?.id) this.offer.value = offer && this.view(offer);
    if (offer && offer.id !== this.reported) {
      const { campaign, context } = this;
      context.state.update(campaign.id, (state) => {
        state.impressions += 1;
        state.lastShownAt = context.now();
      });
      context.emit('gk.shown', campaign.id, { offer: offer.id });
      context.notify('shown', { campaignId: campaign.id });
    }
    this.reported = offer?.id;
  }

  async mount(host: WidgetHost): Promise<void> {
    this.host = host;
    const attempt = ++this.mounting;
    try {
      const module = (await this.context.loadWidget('upsell')) as UpsellModule;
      if (attempt !== this.mounting) return;
      this.choose = module.chooseOffer;
      this.offer = module.signal<UpsellOfferView | undefined>(undefined);
      this.unmount = module.mount(host.root, this.props(this.offer), {
        theme: this.context.theme,
        zIndex: this.context.zIndex,
        onError: (error) => this.fail(error),
      });
      this.refresh();
    } catch (error) {
      this.fail(error);
    }
  }

  newPageView(): void {
    this.reported = undefined;
    this.refresh();
  }

  remove(): void {
    this.mounting++;
    try {
      this.unmount?.();
    } finally {
      this.unmount = this.offer = undefined;
      this.host?.remove();
      this.host = undefined;
      this.reported = undefined;
    }
  }

  private fail(error: unknown): void {
    this.context.warn('widget:upsell', `the upsell widget failed and was removed (${error instanceof Error ? error.message : String(error)})`);
    this.remove();
    this.onClosed();
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

  private props(offer: Signal<UpsellOfferView | undefined>): UpsellProps {
    const { campaign, context } = this;
    const find = (id: string) => campaign.widget.offers.find((candidate) => candidate.id === id);
    return {
      locale: context.locale,
      heading: userText(campaign.content.title, context),
      offer,
      onAction: (id) => {
        const action = find(id)?.action;
        if (!action) return;
        if ('url' in action) {
          context.emit('gk.click', campaign.id, { offer: id, action: action.url });
          context.navigate(action.url);
        } else {
          context.emit('gk.click', campaign.id, { offer: id, action: action.action });
          context.notify('cta', { campaignId: campaign.id, offer: id, action: action.action });
        }
      },
      onDismiss: (id) => {
        context.state.update(campaign.id, (state) => {
          state.dismissals = { ...state.dismissals, [id]: context.now() };
        });
        context.emit('gk.dismiss', campaign.id, { offer: id });
        context.notify('dismissed', { campaignId: campaign.id });
        this.refresh();
      },
    };
  }
}
