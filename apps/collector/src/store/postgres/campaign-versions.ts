import type { CampaignVersion } from '@growthkit/core';
import type { Pool } from 'pg';
import { type CampaignRow, toRecord, toVersion, type VersionRow, withStatus } from '../campaign-records.ts';
import type { CampaignChange, Store } from '../store.ts';
import { inTransaction } from './pool-client.ts';

type CampaignVersionMethods = Pick<Store, 'campaignRecords' | 'campaignRecord' | 'saveCampaignVersion' | 'campaignVersions'>;

// The campaign comes back as JSON text (json::text), so both engines' rows go through the same toRecord and toVersion.
const LATEST = `SELECT c.id, c.json::text AS json, c.status, c.updated_at, v.version, v.author FROM campaigns c
  LEFT JOIN campaign_versions v ON v.project_id = c.project_id AND v.campaign_id = c.id
    AND v.version = (SELECT max(version) FROM campaign_versions WHERE project_id = c.project_id AND campaign_id = c.id)
  WHERE c.project_id = $1`;

/** The admin side of campaigns on PostgreSQL, as ../sqlite/campaign-versions.ts (migration 0003). */
export function campaignVersions(pool: Pool): CampaignVersionMethods {
  const save = (projectId: string, change: CampaignChange): Promise<CampaignVersion> => {
    const id = change.campaign.id;
    return inTransaction(pool, async (client) => {
      // Two admins saving one campaign through two collectors get consecutive versions, never the same one twice.
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [projectId, `campaign ${id}`]);
      const insert = (version: number, json: string, status: string, author: string, note: string, at: string) =>
        client.query(
          `INSERT INTO campaign_versions (project_id, campaign_id, version, json, status, author, note, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [projectId, id, version, json, status, author, note, at],
        );
      const { rows } = await client.query<{ last: number | null }>(
        'SELECT max(version) AS last FROM campaign_versions WHERE project_id = $1 AND campaign_id = $2',
        [projectId, id],
      );
      let last = rows[0]?.last ?? 0;
      const before = last === 0 ? (await client.query<CampaignRow>(`${LATEST} AND c.id = $2`, [projectId, id])).rows[0] : undefined;
      // A seeded campaign's first state becomes version 1, so the first admin change can be rolled back too.
      if (before) {
        last = 1;
        await insert(last, before.json, before.status, 'seed', 'as it was before its first change here', before.updated_at);
      }
      const createdAt = new Date().toISOString();
      const campaign = withStatus(change.campaign, change.status);
      const version = last + 1;
      await insert(version, JSON.stringify(campaign), change.status, change.author, change.note, createdAt);
      await client.query(
        `INSERT INTO campaigns (project_id, id, json, status, updated_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (project_id, id) DO UPDATE SET json = excluded.json, status = excluded.status, updated_at = excluded.updated_at`,
        [projectId, id, JSON.stringify(campaign), change.status, createdAt],
      );
      return { version, campaign, status: change.status, author: change.author, note: change.note, createdAt };
    });
  };

  return {
    async campaignRecords(projectId) {
      const { rows } = await pool.query<CampaignRow>(`${LATEST} ORDER BY c.id COLLATE "C"`, [projectId]);
      return rows.flatMap(toRecord);
    },
    async campaignRecord(projectId, campaignId) {
      const { rows } = await pool.query<CampaignRow>(`${LATEST} AND c.id = $2`, [projectId, campaignId]);
      return rows[0] ? toRecord(rows[0])[0] : undefined;
    },
    saveCampaignVersion: save,
    async campaignVersions(projectId, campaignId) {
      const { rows } = await pool.query<VersionRow>(
        `SELECT version, json::text AS json, status, author, note, created_at FROM campaign_versions
         WHERE project_id = $1 AND campaign_id = $2 ORDER BY version DESC`,
        [projectId, campaignId],
      );
      return rows.flatMap(toVersion);
    },
  };
}
