import { quotaPrompt, type Campaign, type QuotaPrompt, type QuotaWidget, type UsageMeter } from '@growthkit/core';
import type { QuotaProps } from '@growthkit/widgets';
import { userText } from './user-placeholders.ts';
import { WidgetController } from './widget-controller.ts';

type QuotaCampaign = Campaign & { widget: QuotaWidget };

/**
 * Runs one quota campaign from its usage meter (core's quotaPrompt): the banner at the warn threshold, the dialog at
 * the limit, nothing under the threshold. Dismissals are per part (`warn`, `limit`) and keep the campaign, so a
 * dismissed banner still lets the limit dialog come. "Upgrade" calls the host's `upgrade` handlers, or follows the
 * plan's `upgradeUrl` when there are none.
 */
export class QuotaController extends WidgetController<QuotaCampaign, QuotaProps> {
  /** the part on screen at the last render */
  private show: QuotaPrompt['show'] = 'none';
  /** the user chose Upgrade or the trial in the dialog: the host takes over, the dialog steps aside for this page */
  private acted = false;

  protected shownProps() {
    const { show, level } = this.prompt();
    return show === 'none' ? undefined : { level };
  }

  private meter(): UsageMeter | undefined {
    return (this.context.evaluation().usage as Record<string, UsageMeter> | undefined)?.[this.campaign.widget.metric];
  }

  private prompt(): QuotaPrompt {
    const { campaign, context } = this;
    const dismissals = { ...context.state.campaign(campaign.id).dismissals, ...(this.acted && { limit: context.now() }) };
    return quotaPrompt(this.meter(), campaign.widget, dismissals, new Date(context.now()));
  }

  refresh(): void {
    const before = this.show;
    this.render();
    // a new part on screen (banner ↔ dialog) is reported as shown again
    if (this.show !== before) this.newPageView();
  }

  private upgrade(trial: boolean): void {
    const { campaign, context } = this;
    const { metric, nextPlan } = campaign.widget;
    this.click({ action: trial ? 'trial' : 'upgrade', plan: nextPlan.id, level: this.prompt().level });
    if (this.show === 'dialog') this.acted = true;
    if (context.handles('upgrade')) context.notify('upgrade', { campaignId: campaign.id, plan: nextPlan.id, metric, ...(trial && { trial }) });
    else if (nextPlan.upgradeUrl) context.navigate(nextPlan.upgradeUrl);
    this.refresh();
  }

  protected props(): QuotaProps {
    const { widget } = this.campaign;
    const { used = 0, limit = 0 } = this.meter() ?? {};
    const text = userText(this.context);
    this.show = this.prompt().show;
    return {
      label: text(widget.label),
      ...this.headline(text),
      ...(widget.unit && { unit: widget.unit }),
      plan: { name: text(widget.nextPlan.name), unlocks: widget.nextPlan.unlocks.map(text) },
      ...(widget.trial && { trialDays: widget.trial.days }),
      usage: { used, limit },
      show: this.show,
      onUpgrade: () => this.upgrade(false),
      onTrial: () => this.upgrade(true),
      onDismiss: (part) => {
        const level = part === 'banner' ? 'warn' : 'limit';
        this.dismissPart(level, { level });
      },
    };
  }
}
