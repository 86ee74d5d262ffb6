import type { Campaign } from '@growthkit/core';

/** Where a campaign stands for its admins: its schema status, or archived (kept with its history, never sent). */
export type CampaignStanding = Campaign['status'] | 'archived';

/** `GET /v1/admin/campaigns` and `/v1/admin/campaigns/:id` (docs/API.md): a campaign with where it stands. */
export interface CampaignRecord {
  campaign: Campaign;
  status: CampaignStanding;
  /** 0 for a campaign no admin has changed yet */
  version: number;
  updatedAt: string;
  author: string | null;
}

/** One change of `GET /v1/admin/campaigns/:id/versions`, newest first, with what changed from the one before. */
export interface CampaignVersion {
  version: number;
  campaign: Campaign;
  status: CampaignStanding;
  author: string;
  note: string;
  createdAt: string;
  diff: { path: string; before?: unknown; after?: unknown }[];
}
