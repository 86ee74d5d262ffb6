import { quotaPrompt, type Campaign, type QuotaPrompt, type QuotaWidget, type UsageMeter } from '@growthkit/core';
import type { QuotaProps } from '@growthkit/widgets';
import type { UserText } from './user-placeholders.ts';
import { WidgetController } from './widget-controller.ts';

type QuotaCampaign = Campaign & { widget: QuotaWidget };

/**
 * Runs one quota campaign from its usage meter (core's quotaPrompt): the banner at the warn threshold, the dialog at
 * the limit, nothing under the threshold. Dismissals are per part (`warn`, `limit`) and keep the campaign, so a
 * dismissed banner still lets the limit dialog come. "Upgrade" calls the host's `upgrade` handlers, or follows the
 * plan's `upgradeUrl` when there are none.
 */
export class QuotaController extends WidgetController<QuotaCampaign, QuotaProps> {
  /** what the last render showed; what the user acts on */
  private prompt?: QuotaPrompt;
  /** the user chose Upgrade or the trial in the dialog: the host takes over, the dialog steps aside for this page */
  private acted = false;

  protected shownProps() {
    const { show = 'none', level } = this.prompt ?? {};
    return show === 'none' ? undefined : { level };
  }

  refresh(): void {
    const before = this.prompt?.show;
    this.render();
    // a new part on screen (banner ↔ dialog) is reported as shown again
    if (this.prompt?.show !== before) this.newPageView();
  }

  /** `prompt`: what the user saw as they chose */
  private upgrade(prompt: QuotaPrompt, trial: boolean): void {
    const { campaign, context } = this;
    const { metric, nextPlan } = campaign.widget;
    this.click({ action: trial ? 'trial' : 'upgrade', plan: nextPlan.id, level: prompt.level });
    if (prompt.show === 'dialog') this.acted = true;
    if (context.handles('upgrade')) context.notify('upgrade', { campaignId: campaign.id, plan: nextPlan.id, metric, ...(trial && { trial }) });
    else if (nextPlan.upgradeUrl) context.navigate(nextPlan.upgradeUrl);
    this.refresh();
  }

  protected props(text: UserText): QuotaProps {
    const { campaign, context } = this;
    const { widget } = campaign;
    const meter = (context.evaluation().usage as Record<string, UsageMeter> | undefined)?.[widget.metric];
    const dismissals = { ...context.state.campaign(campaign.id).dismissals, ...(this.acted && { limit: context.now() }) };
    const prompt = (this.prompt = quotaPrompt(meter, widget, dismissals, new Date(context.now())));
    return {
      label: text(widget.label),
      ...this.headline(text),
      unit: widget.unit,
      plan: { name: text(widget.nextPlan.name), unlocks: widget.nextPlan.unlocks.map(text) },
      trialDays: widget.trial?.days,
      usage: meter ?? { used: 0, limit: 0 },
      show: prompt.show,
      onUpgrade: () => this.upgrade(prompt, false),
      onTrial: () => this.upgrade(prompt, true),
      onDismiss: (level) => this.dismissPart(level, { level }),
    };
  }
}
