import { renewalPrompt, summarizeValueCounts, type CampaignOf, type SaveOffer, type Text } from '@growthkit/core';
import type { RenewalProps, RenewalView } from '@growthkit/widgets';
import { signal } from '@preact/signals';
import type { WidgetApi, WidgetLogic } from './widget-module.ts';
import { writeIfChanged } from './write-if-changed.ts';

/**
 * Runs one renewal campaign: core's renewalPrompt says whether this user gets the renewal prompt (its stage and offer)
 * or the win-back; the recap adds up the value rules over the last 30 days of the device's per-day counts (core's
 * summarizeValueCounts) and takes the scorecard the collector sent with the state. Closing or accepting settles that
 * stage only (saved under `dismissals[stage]`), so the next stage still comes. Reports `gk.shown` and `gk.dismiss` with
 * `{ stage, offer }`, and `gk.click` with `{ offer }` on accept (an action goes to the host's `cta` handlers).
 */
export function renewalController(campaign: CampaignOf<'renewal'>, api: WidgetApi): WidgetLogic<RenewalProps> {
  const { context } = api;
  const { widget, content } = campaign;
  const view = signal<RenewalView | undefined>(undefined);
  /** what is on screen: its stage (15, "win-back"), whose text is the key its settling is saved under, and its offer */
  let shown: { stage: number | string; offer?: SaveOffer } | undefined;
  const text = (value: Text | undefined, values?: Record<string, unknown>) => value && api.text(value, values);

  return {
    shownProps: () => shown && { stage: shown.stage, offer: shown.offer?.id },
    refresh() {
      const attributes = context.evaluation();
      const prompt = renewalPrompt(widget, attributes, context.state.campaign(campaign.id), new Date(context.now()));
      const before = shown?.stage;
      const offer = prompt?.offer;
      shown = prompt && { stage: prompt.variant === 'renewal' ? prompt.stage : prompt.variant, offer };
      let next: RenewalView | undefined = prompt && {
        title: api.text(widget.winBack.title),
        body: text(widget.winBack.body),
        news: widget.news.map((item) => ({ title: api.text(item.title), body: text(item.body) })),
        offer: offer && {
          id: offer.id,
          title: api.text(offer.title),
          body: api.text(offer.body),
          accept: { ...offer.accept, label: api.text(offer.accept.label) },
        },
      };
      if (next && prompt?.variant === 'renewal') {
        const values = { renewal: { days: attributes.computed.days_to_renewal, stage: prompt.stage } };
        const { total, unit } = summarizeValueCounts(widget.rules, context.valueCounts(), 'month', context.today());
        const score = context.state.current().value;
        const seats = Number(attributes.account.seats);
        next = {
          ...next,
          title: api.text(content.title, values),
          body: text(content.body, values),
          recap: {
            total,
            unit,
            score: score?.value_score ?? null,
            features: score?.breadth ?? null,
            seats: score?.depth != null && seats > 0 ? { active: Math.round(score.depth * seats), of: seats } : undefined,
          },
        };
      }
      writeIfChanged(view, next);
      // the next stage, on a page that stays open, is reported as shown in its own right
      if (shown?.stage !== before) api.newPageView();
    },
    props: () => ({
      locale: context.locale,
      view,
      onAccept: (id) => {
        if (!shown || shown.offer?.id !== id) return;
        const { stage, offer } = shown;
        api.act(offer.accept, { offer: id });
        // taken: this stage is settled as a closing settles it, without reporting a dismissal
        context.state.update(campaign.id, (state) => {
          state.dismissals = { ...state.dismissals, [String(stage)]: context.now() };
        });
        api.refresh();
      },
      onDismiss: () => shown && api.dismissPart(String(shown.stage), { stage: shown.stage, offer: shown.offer?.id }),
    }),
  };
}
