import type { Campaign, ChecklistWidget } from '@growthkit/core';
import { eligibleCampaigns } from '../campaigns/eligible-campaigns.ts';
import { createWidgetHost, findSlot } from '../mount/widget-host.ts';
import { ChecklistController } from './checklist-controller.ts';
import type { WidgetContext } from './widget-context.ts';

/** Decides which campaigns are on the page and keeps their widgets mounted in the right place. */
export class WidgetRuntime {
  private campaigns: Campaign[] = [];
  private readonly controllers = new Map<string, ChecklistController>();
  /** campaigns shown through `show(id)`, whatever their trigger */
  private readonly manual = new Set<string>();

  constructor(
    private readonly context: WidgetContext,
    private readonly path: () => string,
  ) {}

  setCampaigns(campaigns: Campaign[]): void {
    this.campaigns = campaigns;
    for (const [id, controller] of this.controllers) {
      if (!campaigns.some((campaign) => campaign.id === id)) this.drop(id, controller);
    }
    this.update();
  }

  show(campaignId: string): void {
    this.manual.add(campaignId);
    this.update();
  }

  /** a new page view: widgets that stay report themselves shown again */
  pageView(): void {
    this.update();
    for (const controller of this.controllers.values()) controller.newPageView();
  }

  /** mounts what is now eligible, takes off what no longer is, follows slots that came or went */
  update(): void {
    const context = this.context;
    const eligible = eligibleCampaigns(this.campaigns, {
      path: this.path(),
      now: Date.now(),
      matches: context.matches,
      state: (id) => context.state.campaign(id),
      eventCount: context.eventCount,
      showing: new Set(this.controllers.keys()),
    });
    const wanted = new Map(eligible.map((campaign) => [campaign.id, campaign]));
    for (const id of this.manual) {
      const campaign = this.campaigns.find((candidate) => candidate.id === id);
      if (campaign) wanted.set(id, campaign);
    }
    for (const [id, controller] of this.controllers) if (!wanted.has(id)) this.drop(id, controller);
    for (const campaign of wanted.values()) {
      if (campaign.widget.type !== 'checklist') continue;
      let controller = this.controllers.get(campaign.id);
      if (controller && controller.campaign !== campaign) {
        this.drop(campaign.id, controller);
        controller = undefined;
      }
      if (!controller) {
        controller = new ChecklistController(campaign as Campaign & { widget: ChecklistWidget }, context, () => {
          this.controllers.delete(campaign.id);
          this.manual.delete(campaign.id);
        });
        this.controllers.set(campaign.id, controller);
      }
      controller.refresh();
      this.place(campaign, controller);
    }
  }

  /** takes every widget off the page */
  clear(): void {
    for (const [id, controller] of this.controllers) this.drop(id, controller);
    this.manual.clear();
  }

  private place(campaign: Campaign, controller: ChecklistController): void {
    const host = controller.mountedIn;
    const slot = findSlot(campaign.placement.slot);
    // Mounted where it belongs: in its slot, or floating while the page has no slot for it.
    if (host && host.connected() && host.slot === slot) return;
    controller.remove();
    void controller.mount(createWidgetHost(campaign.placement, this.context.zIndex));
  }

  private drop(id: string, controller: ChecklistController): void {
    controller.remove();
    this.controllers.delete(id);
  }
}
