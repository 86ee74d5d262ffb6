import { CANCEL_REASONS, matchSaveOffer, type CampaignOf, type CancelFlowResult } from '@growthkit/core';
import type { CancelAnswer, CancelFlowProps } from '@growthkit/widgets';
import type { WidgetApi, WidgetLogic } from './widget-module.ts';

/**
 * Runs one cancel flow: puts the save offer core matches to the user's reason (matchSaveOffer), and reports how the
 * flow ended once, as `gk.cancel_outcome` and to the host's `cancel:outcome` handlers, which `cancelFlow()` answers
 * from. The offer on screen is reported as `gk.shown` with `{ offer }`, as the upsell card's is, for the churn report.
 */
export function cancelFlowController(campaign: CampaignOf<'cancel-flow'>, api: WidgetApi): WidgetLogic<CancelFlowProps> {
  const { context } = api;
  const { widget } = campaign;
  /** the offer put to the user, and what they answered */
  let offer: string | undefined;
  let said: CancelAnswer = {};
  let decided = false;

  const decide = (outcome: CancelFlowResult['outcome'], { reason, text }: CancelAnswer, offerId?: string) => {
    if (decided) return;
    decided = true;
    // the words typed for "other" go with "other" only: a user who typed and then chose another reason meant that one
    const result: CancelFlowResult = {
      outcome,
      ...(reason && { reason }),
      ...(reason === 'other' && text && { text }),
      ...(offerId && { offer: offerId }),
    };
    context.emit('gk.cancel_outcome', campaign.id, { reason: null, offer: null, ...result });
    context.notify('cancel:outcome', { campaignId: campaign.id, ...result });
    // off the page at once: the runtime lets the campaign go in its next update, and a flow started again before
    // that mounts afresh
    api.remove();
  };

  return {
    refresh() {},
    mounting() {
      offer = undefined;
      said = {};
      decided = false;
    },
    shownProps: () => (offer ? { offer } : {}),
    props: () => ({
      ...api.headline(),
      reasons: CANCEL_REASONS,
      offerFor: ({ reason }) => {
        const matched = reason && matchSaveOffer(widget, reason);
        return matched
          ? {
              id: matched.id,
              title: api.text(matched.title),
              body: api.text(matched.body),
              accept: { ...matched.accept, label: api.text(matched.accept.label) },
            }
          : undefined;
      },
      onOffer: (answer, id) => {
        said = answer;
        offer = id;
        api.newPageView();
      },
      onAccept: (answer, id) => {
        const chosen = widget.offers.find((candidate) => candidate.id === id);
        if (chosen) api.act(chosen.accept, { offer: id });
        decide('saved', answer, id);
      },
      onConfirm: (answer, id) => decide('cancelled', answer, id),
      onDismiss: () => {
        api.dismiss();
        decide('dismissed', said, offer);
      },
    }),
  };
}
