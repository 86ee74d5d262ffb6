import type { CampaignRecord } from '@growthkit/core';
import { adminApi } from '../api/admin-api.ts';

/**
 * Whether the project already has a campaign with this id (archived ones too). Saving is a PUT to the id, so a new
 * campaign given a taken id would otherwise replace that campaign as its next version. Asked of the list, not of
 * GET campaigns/:id, whose 404 for a free id the browser logs as an error.
 */
export async function campaignExists(id: string): Promise<boolean> {
  const { campaigns } = await adminApi<{ campaigns: CampaignRecord[] }>('campaigns');
  return campaigns.some((record) => record.campaign.id === id);
}
