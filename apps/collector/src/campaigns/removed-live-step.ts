import type { Campaign, CampaignStanding } from '@growthkit/core';

/**
 * The first step id of a live checklist that a change would take away, undefined when none. Users keep their progress
 * by step id, so a step that disappears from a checklist they are working through takes a completed step from them;
 * the admin API refuses such a change while the checklist is live before or after it (pause it first, deliberately).
 */
export function removedLiveStep(
  before: { campaign: Campaign; status: CampaignStanding } | undefined,
  after: { campaign: Campaign; status: CampaignStanding },
): string | undefined {
  if (before?.campaign.widget.type !== 'checklist') return undefined;
  if (before.status !== 'live' && after.status !== 'live') return undefined;
  const kept = new Set(after.campaign.widget.type === 'checklist' ? after.campaign.widget.steps.map((step) => step.id) : []);
  return before.campaign.widget.steps.find((step) => !kept.has(step.id))?.id;
}
