import { CampaignSchema, type Campaign, type CampaignRecord, type CampaignStanding, type CampaignVersion } from '@growthkit/core';

// Rows to the admin API's records, the same for both engines (./sqlite/campaign-versions.ts, ./postgres/campaign-versions.ts).

/** A campaigns row with its latest version, as both engines read it (the campaign as JSON text). */
export interface CampaignRow {
  id: string;
  json: string;
  status: CampaignStanding;
  updated_at: string;
  version: number | null;
  author: string | null;
}

/** A campaign_versions row, as both engines read it (the campaign as JSON text). */
export interface VersionRow {
  version: number;
  json: string;
  status: CampaignStanding;
  author: string;
  note: string;
  created_at: string;
}

/** A row that no longer fits the schema (edited by hand, an older format) is left out rather than breaking the list. */
const parseCampaign = (json: string): Campaign | undefined => {
  const parsed = CampaignSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : undefined;
};

export const toRecord = (row: CampaignRow): CampaignRecord[] => {
  const campaign = parseCampaign(row.json);
  return campaign ? [{ campaign, status: row.status, version: row.version ?? 0, updatedAt: row.updated_at, author: row.author }] : [];
};

export const toVersion = (row: VersionRow): CampaignVersion[] => {
  const campaign = parseCampaign(row.json);
  return campaign
    ? [{ version: row.version, campaign, status: row.status, author: row.author, note: row.note, createdAt: row.created_at }]
    : [];
};

/** The campaign's own status field as the config reads it: an archived campaign is paused there, so it is never sent. */
export const withStatus = (campaign: Campaign, status: CampaignStanding): Campaign => ({
  ...campaign,
  status: status === 'archived' ? 'paused' : status,
});
