import type { Campaign } from './campaign.ts';

/**
 * The campaign admin API's answers (docs/API.md, "Campaigns"), which the collector writes and the console reads.
 * Types only: nothing here reaches the browser SDK's bytes.
 */

/** Where a campaign stands for its admins: its schema status, or archived (kept with its history, never sent). */
export type CampaignStanding = Campaign['status'] | 'archived';

/** A campaign with where it stands and its latest version (0, and no author, before any admin change). */
export interface CampaignRecord {
  campaign: Campaign;
  status: CampaignStanding;
  version: number;
  updatedAt: string;
  author: string | null;
}

/** One saved change of a campaign: the whole campaign as saved, who saved it, when and why (`note`). */
export interface CampaignVersion {
  version: number;
  campaign: Campaign;
  status: CampaignStanding;
  author: string;
  note: string;
  createdAt: string;
}

/** One changed value between two versions: its JSON path (`widget.steps.2.label.en`), the value before and after. */
export interface CampaignDiffEntry {
  path: string;
  before?: unknown;
  after?: unknown;
}

/** A version as the versions endpoint lists it: with what changed from the one before. */
export type CampaignVersionWithDiff = CampaignVersion & { diff: CampaignDiffEntry[] };
