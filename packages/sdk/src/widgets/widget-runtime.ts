import type { AhaWidget, Campaign, ChecklistWidget, QuotaWidget, UpsellWidget, ValueSummaryWidget } from '@growthkit/core';
import type { Arbiter } from '../campaigns/arbiter.ts';
import { createWidgetHost, findSlot } from '../mount/widget-host.ts';
import { AhaController } from './aha-controller.ts';
import { ChecklistController } from './checklist-controller.ts';
import { QuotaController } from './quota-controller.ts';
import { UpsellController } from './upsell-controller.ts';
import { ValueSummaryController } from './value-summary-controller.ts';
import type { WidgetContext } from './widget-context.ts';

/** What the runtime needs of every widget's controller. */
type Controller = Pick<ChecklistController, 'mountedIn' | 'refresh' | 'mount' | 'newPageView' | 'remove'> & { readonly campaign: Campaign };

/** The controller of each widget type the runtime can show. */
const CONTROLLERS: Partial<Record<Campaign['widget']['type'], (campaign: Campaign, context: WidgetContext, onClosed: () => void) => Controller>> = {
  checklist: (campaign, context, onClosed) => new ChecklistController(campaign as Campaign & { widget: ChecklistWidget }, context, onClosed),
  aha: (campaign, context, onClosed) => new AhaController(campaign as Campaign & { widget: AhaWidget }, context, onClosed),
  'value-summary': (campaign, context, onClosed) =>
    new ValueSummaryController(campaign as Campaign & { widget: ValueSummaryWidget }, context, onClosed),
  quota: (campaign, context, onClosed) => new QuotaController(campaign as Campaign & { widget: QuotaWidget }, context, onClosed),
  upsell: (campaign, context, onClosed) => new UpsellController(campaign as Campaign & { widget: UpsellWidget }, context, onClosed),
};

/** Decides which campaigns are on the page and keeps their widgets mounted in the right place. */
export class WidgetRuntime {
  private campaigns: Campaign[] = [];
  private readonly controllers = new Map<string, Controller>();
  /** the campaign asked for through `show(id)`, whatever its trigger, until it closes */
  private manual: string | undefined;
  /** campaigns that took themselves off (dismissed, failed): not put back in this page's life */
  private readonly closed = new Set<string>();

  constructor(
    private readonly context: WidgetContext,
    private readonly arbiter: Arbiter,
  ) {}

  setCampaigns(campaigns: Campaign[]): void {
    this.campaigns = campaigns;
    for (const [id, controller] of this.controllers) {
      if (!campaigns.some((campaign) => campaign.id === id)) this.drop(id, controller);
    }
    this.update();
  }

  show(campaignId: string): void {
    this.manual = campaignId;
    this.closed.delete(campaignId);
    this.update();
  }

  /** a new page view: widgets that stay report themselves shown again */
  pageView(): void {
    this.update();
    for (const controller of this.controllers.values()) controller.newPageView();
  }

  /** re-decides (core's decide) and mounts what shows, takes off what no longer does, follows slots that came or went */
  update(): void {
    const context = this.context;
    const decisions = this.arbiter.decide(this.campaigns, [...this.controllers.keys()], this.manual);
    const byId = new Map(this.campaigns.map((campaign) => [campaign.id, campaign]));
    const interruptive = new Set(decisions.filter((decision) => decision.interruptive).map((decision) => decision.campaignId));
    const wanted = new Map(
      decisions
        .filter((decision) => decision.verdict === 'show' && !this.closed.has(decision.campaignId))
        .map((decision) => [decision.campaignId, byId.get(decision.campaignId)!]),
    );
    for (const [id, controller] of this.controllers) if (!wanted.has(id)) this.drop(id, controller);
    for (const campaign of wanted.values()) {
      const create = CONTROLLERS[campaign.widget.type];
      if (!create) continue;
      let controller = this.controllers.get(campaign.id);
      if (controller && controller.campaign !== campaign) {
        this.drop(campaign.id, controller);
        controller = undefined;
      }
      if (!controller) {
        controller = create(campaign, context, () => this.close(campaign.id));
        this.controllers.set(campaign.id, controller);
        if (interruptive.has(campaign.id)) this.arbiter.contacted(campaign.id);
      }
      controller.refresh();
      this.place(campaign, controller);
    }
  }

  /** takes every widget off the page */
  clear(): void {
    for (const [id, controller] of this.controllers) this.drop(id, controller);
    this.manual = undefined;
    this.closed.clear();
  }

  /** a widget took itself off: the next campaign in line may take its place */
  private close(id: string): void {
    this.controllers.delete(id);
    this.closed.add(id);
    if (this.manual === id) this.manual = undefined;
    this.update();
  }

  private place(campaign: Campaign, controller: Controller): void {
    const host = controller.mountedIn;
    const slot = findSlot(campaign.placement.slot);
    // Mounted where it belongs: in its slot, or floating while the page has no slot for it.
    if (host && host.connected() && host.slot === slot) return;
    controller.remove();
    void controller.mount(createWidgetHost(campaign.placement, this.context.zIndex));
  }

  private drop(id: string, controller: Controller): void {
    controller.remove();
    this.controllers.delete(id);
  }
}
