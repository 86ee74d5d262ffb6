import type { Campaign, CampaignState, Condition } from '@growthkit/core';
import { pathMatches } from './path-pattern.ts';

export interface EligibilityContext {
  path: string;
  /** epoch ms */
  now: number;
  matches(condition: Condition): boolean;
  state(campaignId: string): CampaignState;
  eventCount(event: string): number;
  /** campaigns on screen now: their own impression does not take them off again */
  showing: ReadonlySet<string>;
}

const HOUR = 3_600_000;

function triggered(campaign: Campaign, context: EligibilityContext): boolean {
  const trigger = campaign.trigger;
  if (trigger.type === 'page') return pathMatches(trigger.path, context.path);
  if (trigger.type === 'event') return context.eventCount(trigger.event) >= trigger.count;
  return false;
}

function withinFrequency(campaign: Campaign, context: EligibilityContext): boolean {
  const state = context.state(campaign.id);
  const { maxImpressions, dismissCooldownHours } = campaign.frequency;
  if (state.dismissedAt) {
    if (dismissCooldownHours === undefined) return false;
    if (context.now - Date.parse(state.dismissedAt) < dismissCooldownHours * HOUR) return false;
  }
  return context.showing.has(campaign.id) || maxImpressions === undefined || state.impressions < maxImpressions;
}

function scheduled(campaign: Campaign, now: number): boolean {
  const { start, end } = campaign.schedule ?? {};
  return (!start || Date.parse(start) <= now) && (!end || now < Date.parse(end));
}

/**
 * The campaigns that should show now, highest priority first. Issue 3 adds arbitration (one
 * interruptive widget, contact budget, quiet hours) on top of this list.
 */
export function eligibleCampaigns(campaigns: readonly Campaign[], context: EligibilityContext): Campaign[] {
  return campaigns
    .filter(
      (campaign) =>
        campaign.status === 'live' &&
        scheduled(campaign, context.now) &&
        triggered(campaign, context) &&
        withinFrequency(campaign, context) &&
        context.matches(campaign.audience ?? {}),
    )
    .sort((a, b) => b.priority - a.priority);
}
