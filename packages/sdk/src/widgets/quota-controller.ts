import { quotaPrompt, type QuotaPrompt, type UsageMeter, type CampaignOf } from '@growthkit/core';
import type { QuotaProps } from '@growthkit/widgets';
import { batch, signal } from '@preact/signals';
import type { WidgetApi, WidgetLogic } from './widget-module.ts';
import { writeIfChanged } from './write-if-changed.ts';

/** the meter before the host reported one */
const NO_USAGE: UsageMeter = { used: 0, limit: 0 };

/**
 * Runs one quota campaign from its usage meter (core's quotaPrompt): the banner at the warn threshold, the dialog at
 * the limit, nothing under the threshold. Dismissals are per part (`warn`, `limit`) and keep the campaign, so a
 * dismissed banner still lets the limit dialog come. "Upgrade" calls the host's `upgrade` handlers, or follows the
 * plan's `upgradeUrl` when there are none.
 */
export function quotaController(campaign: CampaignOf<'quota'>, api: WidgetApi): WidgetLogic<QuotaProps> {
  const { context } = api;
  const { widget } = campaign;
  const { metric, nextPlan } = widget;
  /** what the widget shows; what the user acts on */
  let shown: QuotaPrompt = { level: 'none', show: 'none' };
  /** the user chose Upgrade or the trial in the dialog: the host takes over, the dialog steps aside for this page */
  let acted = false;
  const usage = signal(NO_USAGE);
  const show = signal(shown.show);

  const refresh = () => {
    const meter: UsageMeter | undefined = context.evaluation().usage[metric];
    const now = context.now();
    const dismissals = { ...context.state.campaign(campaign.id).dismissals, ...(acted && { limit: now }) };
    const before = shown.show;
    shown = quotaPrompt(meter, widget, dismissals, new Date(now));
    batch(() => {
      writeIfChanged(usage, meter ?? NO_USAGE);
      show.value = shown.show;
    });
    // a new part on screen (banner ↔ dialog) is reported as shown again
    if (shown.show !== before) api.newPageView();
  };

  const upgrade = (trial: boolean) => {
    api.click({ action: trial ? 'trial' : 'upgrade', plan: nextPlan.id, level: shown.level });
    if (shown.show === 'dialog') acted = true;
    if (context.handles('upgrade'))
      context.notify('upgrade', { campaignId: campaign.id, plan: nextPlan.id, metric, ...(trial && { trial }) });
    else if (nextPlan.upgradeUrl) context.navigate(nextPlan.upgradeUrl);
    api.refresh();
  };

  return {
    refresh,
    shownProps: () => (shown.show === 'none' ? undefined : { level: shown.level }),
    props: () => ({
      label: api.text(widget.label),
      ...api.headline(),
      unit: widget.unit,
      plan: { name: api.text(nextPlan.name), unlocks: nextPlan.unlocks.map((unlock) => api.text(unlock)) },
      trialDays: widget.trial?.days,
      usage,
      show,
      onUpgrade: () => upgrade(false),
      onTrial: () => upgrade(true),
      onDismiss: (level) => api.dismissPart(level, { level }),
    }),
  };
}
