import type { Campaign, QuotaPrompt, QuotaWidget } from '@growthkit/core';
import type { QuotaProps } from '@growthkit/widgets';
import type { WidgetApi, WidgetLogic } from './widget-module.ts';

type QuotaCampaign = Campaign & { widget: QuotaWidget };

/**
 * Runs one quota campaign from its usage meter (core's quotaPrompt): the banner at the warn threshold, the dialog at
 * the limit, nothing under the threshold. Dismissals are per part (`warn`, `limit`) and keep the campaign, so a
 * dismissed banner still lets the limit dialog come. "Upgrade" calls the host's `upgrade` handlers, or follows the
 * plan's `upgradeUrl` when there are none.
 */
export function quotaController(campaign: QuotaCampaign, api: WidgetApi): WidgetLogic<QuotaProps> {
  const { context } = api;
  const { widget } = campaign;
  const { metric, nextPlan } = widget;
  /** what the last render showed; what the user acts on */
  let shown: QuotaPrompt | undefined;
  /** the user chose Upgrade or the trial in the dialog: the host takes over, the dialog steps aside for this page */
  let acted = false;

  const refresh = () => {
    const before = shown?.show;
    api.render();
    // a new part on screen (banner ↔ dialog) is reported as shown again
    if (shown?.show !== before) api.newPageView();
  };

  /** `prompt`: what the user saw as they chose */
  const upgrade = (prompt: QuotaPrompt, trial: boolean) => {
    api.click({ action: trial ? 'trial' : 'upgrade', plan: nextPlan.id, level: prompt.level });
    if (prompt.show === 'dialog') acted = true;
    if (context.handles('upgrade'))
      context.notify('upgrade', { campaignId: campaign.id, plan: nextPlan.id, metric, ...(trial && { trial }) });
    else if (nextPlan.upgradeUrl) context.navigate(nextPlan.upgradeUrl);
    refresh();
  };

  return {
    refresh,
    shownProps() {
      const { show = 'none', level } = shown ?? {};
      return show === 'none' ? undefined : { level };
    },
    props(text) {
      const { meter, prompt } = api.rules.quota(campaign, acted);
      shown = prompt;
      return {
        label: text(widget.label),
        ...api.headline(text),
        unit: widget.unit,
        plan: { name: text(nextPlan.name), unlocks: nextPlan.unlocks.map((unlock) => text(unlock)) },
        trialDays: widget.trial?.days,
        usage: meter ?? { used: 0, limit: 0 },
        show: prompt.show,
        onUpgrade: () => upgrade(prompt, false),
        onTrial: () => upgrade(prompt, true),
        onDismiss: (level) => api.dismissPart(level, { level }),
      };
    },
  };
}
