import type Database from 'better-sqlite3';
import type { CampaignVersion } from '@growthkit/core';
import { type CampaignRow, toRecord, toVersion, type VersionRow, withStatus } from '../campaign-records.ts';
import type { CampaignChange, Store } from '../store.ts';

type CampaignVersionMethods = Pick<Store, 'campaignRecords' | 'campaignRecord' | 'saveCampaignVersion' | 'campaignVersions'>;

/** The admin side of campaigns on SQLite: the campaigns table with its history in campaign_versions (0006). */
export function prepareCampaignVersions(db: Database.Database): CampaignVersionMethods {
  const latest = `SELECT c.id, c.json, c.status, c.updated_at, v.version, v.author FROM campaigns c
    LEFT JOIN campaign_versions v ON v.project_id = c.project_id AND v.campaign_id = c.id
      AND v.version = (SELECT MAX(version) FROM campaign_versions WHERE project_id = c.project_id AND campaign_id = c.id)
    WHERE c.project_id = ?`;
  const selectAll = db.prepare<[string], CampaignRow>(`${latest} ORDER BY c.id`);
  const selectOne = db.prepare<[string, string], CampaignRow>(`${latest} AND c.id = ?`);
  const selectVersions = db.prepare<[string, string], VersionRow>(
    'SELECT * FROM campaign_versions WHERE project_id = ? AND campaign_id = ? ORDER BY version DESC',
  );
  const selectLastVersion = db
    .prepare<[string, string], number | null>('SELECT MAX(version) FROM campaign_versions WHERE project_id = ? AND campaign_id = ?')
    .pluck();
  const insertVersion = db.prepare(
    `INSERT INTO campaign_versions (project_id, campaign_id, version, json, status, author, note, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const upsertCampaign = db.prepare(
    `INSERT INTO campaigns (project_id, id, json, status, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (project_id, id) DO UPDATE SET json = excluded.json, status = excluded.status, updated_at = excluded.updated_at`,
  );

  const save = db.transaction((projectId: string, change: CampaignChange): CampaignVersion => {
    const id = change.campaign.id;
    let last = selectLastVersion.get(projectId, id) ?? 0;
    const before = last === 0 ? selectOne.get(projectId, id) : undefined;
    // A seeded campaign's first state becomes version 1, so the first admin change can be rolled back too.
    if (before) {
      last = 1;
      insertVersion.run(
        projectId,
        id,
        last,
        before.json,
        before.status,
        'seed',
        'as it was before its first change here',
        before.updated_at,
      );
    }
    const createdAt = new Date().toISOString();
    const campaign = withStatus(change.campaign, change.status);
    const version = last + 1;
    insertVersion.run(projectId, id, version, JSON.stringify(campaign), change.status, change.author, change.note, createdAt);
    upsertCampaign.run(projectId, id, JSON.stringify(campaign), change.status, createdAt);
    return { version, campaign, status: change.status, author: change.author, note: change.note, createdAt };
  });

  return {
    async campaignRecords(projectId) {
      return selectAll.all(projectId).flatMap(toRecord);
    },
    async campaignRecord(projectId, campaignId) {
      const row = selectOne.get(projectId, campaignId);
      return row ? toRecord(row)[0] : undefined;
    },
    async saveCampaignVersion(projectId, change) {
      return save(projectId, change);
    },
    async campaignVersions(projectId, campaignId) {
      return selectVersions.all(projectId, campaignId).flatMap(toVersion);
    },
  };
}
