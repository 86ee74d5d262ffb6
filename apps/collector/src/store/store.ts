import type {
  Campaign,
  CampaignRecord,
  CampaignStanding,
  CampaignVersion,
  EventType,
  GrowthEvent,
  PublicSettings,
  UserState,
} from '@growthkit/core';
import type { ExperimentTally, TallyQuery } from '../experiments/experiment-tally.ts';
import type { AccountUsage } from './account-usage.ts';
import type { ChurnTally, ReportRange } from './churn-tally.ts';
import type { IntervalTally, MetricsInterval } from './metrics-tally.ts';

/** A tenant of the collector: its keys, where its browser traffic may come from, and its public settings. */
export interface Project {
  id: string;
  /** `pk_…`: ships in the browser; may only send events and read config and state */
  publishableKey: string;
  /** `sk_…`: server-side only; admin reads, server events, identity hashes */
  secretKey: string;
  /** origin patterns such as `https://app.example.com` or `http://localhost:*` (any port) */
  allowedOrigins: string[];
  settings: PublicSettings;
}

/** An event as the collector keeps it: the wire event without its identity `hash`, plus when it arrived. */
export type StoredEvent = Omit<GrowthEvent, 'hash'> & { receivedAt: string };

export interface EventPage {
  events: StoredEvent[];
  /** pass as `after` to read the next page; null when this page reached the end */
  next: string | null;
}

export interface InsertResult {
  /** events stored now */
  accepted: number;
  /** events whose id was already stored (or appeared earlier in the same batch) */
  duplicates: number;
}

export interface CampaignChange {
  campaign: Campaign;
  status: CampaignStanding;
  author: string;
  note: string;
}

/**
 * Everything the collector keeps. Methods return promises so a networked database (PostgreSQL) can implement
 * the same interface as the embedded SQLite file.
 */
export interface Store {
  projectByPublishableKey(key: string): Promise<Project | undefined>;
  projectBySecretKey(key: string): Promise<Project | undefined>;
  /** @returns false when a project with this id already existed (it is left untouched) */
  createProjectIfAbsent(project: Project): Promise<boolean>;
  /** @returns false when the project already had a campaign with this id (it is left untouched) */
  createCampaignIfAbsent(projectId: string, campaign: Campaign): Promise<boolean>;
  putCampaign(projectId: string, campaign: Campaign): Promise<void>;
  liveCampaigns(projectId: string): Promise<Campaign[]>;
  /** Stores each event id once per project, all in one transaction. */
  insertEvents(projectId: string, events: readonly GrowthEvent[], receivedAt: string): Promise<InsertResult>;
  /** Events in arrival order; `after` is a cursor from a previous page's `next`. */
  listEvents(projectId: string, options: { after?: string; limit: number }): Promise<EventPage>;
  /**
   * One user's events, oldest first: those sent with this `userId`, and the anonymous ones of the same devices
   * (same `anonymousId`, no user id) from before they identified; only those of `type` when given.
   */
  userEvents(projectId: string, userId: string, options?: { type?: EventType }): Promise<StoredEvent[]>;
  /** true when `cursor` is something `listEvents` accepts as `after` */
  isCursor(cursor: string): boolean;
  userState(projectId: string, subject: string): Promise<UserState>;
  /** Merges `state` into the stored state atomically (core's mergeState) and returns the result. */
  mergeUserState(projectId: string, subject: string, state: UserState): Promise<UserState>;
  /** The campaign (live or not) whose experiment has this key. */
  experimentCampaign(projectId: string, experimentKey: string): Promise<Campaign | undefined>;
  /** Exposed and converted people per variant of an experiment (see prepareExperimentTally). */
  experimentTally(projectId: string, query: TallyQuery): Promise<ExperimentTally>;
  /** One account's track events per name and UTC day, and its active seats, from `since` on (see AccountUsage). */
  accountUsage(projectId: string, accountId: string, since: Date): Promise<AccountUsage>;
  /** Cancel-flow outcomes in a range, counted per outcome, reason and offer. */
  churnTally(projectId: string, range: ReportRange): Promise<ChurnTally>;
  /** The counts behind each interval's subscription metrics; `reportEnd` bounds what later days may be looked at. */
  metricsTally(projectId: string, intervals: readonly MetricsInterval[], reportEnd: Date): Promise<IntervalTally[]>;
  /** Every campaign of the project, archived ones included, by id. */
  campaignRecords(projectId: string): Promise<CampaignRecord[]>;
  campaignRecord(projectId: string, campaignId: string): Promise<CampaignRecord | undefined>;
  /**
   * Saves a change as the campaign's next version and makes it the current campaign, in one transaction. A campaign
   * that existed before its first admin change (seeded) gets that first state kept as version 1.
   */
  saveCampaignVersion(projectId: string, change: CampaignChange): Promise<CampaignVersion>;
  /** A campaign's versions, newest first. */
  campaignVersions(projectId: string, campaignId: string): Promise<CampaignVersion[]>;
  close(): Promise<void>;
}
