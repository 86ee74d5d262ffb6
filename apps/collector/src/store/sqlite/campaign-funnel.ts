import type Database from 'better-sqlite3';
import type { CampaignFunnel, FunnelQuery } from '../store.ts';
import { eventMsSql } from './event-ms-sql.ts';

// Each person's (user id, else anonymous id) first time at each step in the range; a step counts the people who reached
// it at or after their first time at the step before. Exposure is only a step when :exposureStep is 1 (a campaign in an
// experiment: the SDK sends gk.exposure for those only); otherwise shown is the first step.
const FUNNEL_SQL = `
WITH firsts AS MATERIALIZED (
  SELECT coalesce('u:' || e.user_id, 'a:' || e.anonymous_id) AS person,
    CASE WHEN e.name = :goal THEN 'goal' ELSE e.name END AS step, min(${eventMsSql('e')}) AS t
  FROM events e
  WHERE e.project_id = :project AND ${eventMsSql('e')} >= :from AND ${eventMsSql('e')} < :to
    AND ((e.campaign_id = :campaign AND e.name IN ('gk.exposure', 'gk.shown', 'gk.click')) OR e.name = :goal)
  GROUP BY 1, 2
),
exposed AS (SELECT person, t FROM firsts WHERE step = 'gk.exposure'),
shown AS (
  SELECT f.person, f.t FROM firsts f WHERE f.step = 'gk.shown'
    AND (:exposureStep = 0 OR EXISTS (SELECT 1 FROM exposed p WHERE p.person = f.person AND p.t <= f.t))
),
clicked AS (SELECT f.person, f.t FROM firsts f JOIN shown p ON p.person = f.person AND p.t <= f.t WHERE f.step = 'gk.click'),
converted AS (SELECT f.person FROM firsts f JOIN clicked p ON p.person = f.person AND p.t <= f.t WHERE f.step = 'goal')
SELECT (SELECT count(*) FROM exposed) AS exposed, (SELECT count(*) FROM shown) AS shown, (SELECT count(*) FROM clicked) AS clicked,
  (SELECT count(*) FROM converted) AS converted`;

/** Counts one campaign's funnel in one statement (the contract: Store.campaignFunnel). */
export function prepareCampaignFunnel(db: Database.Database): (projectId: string, query: FunnelQuery) => CampaignFunnel {
  const statement = db.prepare<
    { project: string; campaign: string; goal: string; exposureStep: number; from: number; to: number },
    CampaignFunnel
  >(FUNNEL_SQL);
  return (projectId, query) =>
    statement.get({
      project: projectId,
      campaign: query.campaignId,
      goal: query.goal ?? '',
      exposureStep: Number(query.exposureStep),
      from: query.from.getTime(),
      to: query.to.getTime(),
    })!;
}
