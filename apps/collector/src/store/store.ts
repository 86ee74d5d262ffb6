import type {
  Campaign,
  EventName,
  CampaignRecord,
  CampaignStanding,
  CampaignVersion,
  CustomerKind,
  EventType,
  GrowthEvent,
  PublicSettings,
  UserState,
} from '@growthkit/core';

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

/** What experiment results are computed from: one experiment's goal and window. */
export interface TallyQuery {
  experiment: string;
  goal: string;
  windowDays: number;
  /** Count as of this instant (ms since the epoch, exclusive): exposures and goals before it; default everything. */
  until?: number;
}

/** Exposed and converted people per variant, and how many were left out for having seen several variants. */
export interface ExperimentTally {
  variants: { variant: string; exposed: number; converted: number }[];
  excludedMultipleExposure: number;
  /** The earliest stored exposure (ms since the epoch), null when nobody was exposed yet. */
  firstExposureMs: number | null;
  /**
   * The same people by the UTC day (ms of its start) of their first exposure (`exposed`) and of their conversion
   * (`converted`), per variant, in day and variant order: summed up to a day's end they give the counts as they stood
   * then, so the results over time cost no further tally. Who saw several variants is judged on all exposures.
   */
  days: { dayMs: number; variant: string; exposed: number; converted: number }[];
}

/** What the value scorecard reads of one account: its track events per name and UTC day, and its active seats. */
export interface AccountUsage {
  /** every seat's track events with this account id, counted per name and UTC day ("2026-11-22"), from `since` on, with the first and last one's time (ISO, UTC); in name and day order */
  days: { name: string; day: string; count: number; first: string; last: string }[];
  /** users of the account with a product event (not gk.*, not billing) from `since` on */
  activeSeats: number;
}

/** A time range of a report: events at or after `from` and before `to`. */
export interface ReportRange {
  from: Date;
  to: Date;
}

/** Cancel-flow outcomes (`gk.cancel_outcome`) counted per outcome, reason and offer; a prop that is neither a string nor a number is null. */
export interface ChurnTally {
  outcomes: { outcome: string | null; reason: string | null; offer: string | null; count: number }[];
}

/**
 * What every report's query may carry: the signal of the request that asked, aborted when its client goes away. On
 * PostgreSQL the statement then running is cancelled; a report nobody waits for should not hold a connection and a CPU.
 */
interface ReportCall {
  signal?: AbortSignal;
}

/** Cancel-flow outcomes to count: in a range, of a segment's users when one is given. */
export interface ChurnQuery extends ReportCall {
  range: ReportRange;
  segment?: TraitSegment;
}

/** One interval of the metrics report: events at or after `start` and before `end`. */
export interface MetricsInterval {
  start: Date;
  end: Date;
}

/**
 * The intervals of a metrics report; `reportEnd` bounds what later days may be looked at. With a segment, the user
 * figures (retention) keep to the segment's users and the account figures to accounts whose latest `group` sets the trait.
 */
export interface MetricsQuery extends ReportCall {
  intervals: readonly MetricsInterval[];
  reportEnd: Date;
  segment?: TraitSegment;
}

/** Cohort users whose day N could be seen (it ended by the report's end) and those of them active on it. */
export interface Returning {
  measured: number;
  active: number;
}

/** The counts every figure of one interval is computed from (see metricsReport for the figures, docs/API.md for the rules). */
export interface IntervalTally {
  /** users whose first event falls in the interval, and their activity on day 1, 7 and 30 after it (UTC days) */
  retention: { cohort: number; d1: Returning; d7: Returning; d30: Returning };
  /**
   * accounts subscribed at the interval's start, and those of them whose first cancellation in it had each cause; `paying`:
   * those of them with an MRR above 0 at the start, and how many of those cancelled in it (LTV's churn, ARPU's population)
   */
  churn: { activeAtStart: number; voluntary: number; involuntary: number; paying: { atStart: number; cancelled: number } };
  /** accounts with an MRR above 0 at the interval's end, and the sum of their MRR (minor units) */
  revenue: { paying: number; mrr: number };
  /** plan changes in the interval that raised the MRR: how many, by how many accounts, and the MRR they added */
  upgrades: { count: number; accounts: number; mrr: number };
  /** accounts first shown a quota or upsell prompt in the interval, and those of them that upgraded after it (by the report's end) */
  expansion: { shown: number; upgraded: number };
}

/**
 * Users a report keeps to: those whose latest `identify` or `group` event that sets `trait` (a string or a number) sets
 * it to `value`; or, for a computed trait, the `members` worked out beforehand (reports/computed-segment.ts).
 */
export interface TraitSegment {
  trait: string;
  value: string;
  members?: SegmentMembers;
}

/** The users whose computed trait has the segment's value, and the accounts of those users (their latest `group`). */
export interface SegmentMembers {
  users: readonly string[];
  accounts: readonly string[];
}

/** An event of a user's history as computed traits read it (see Store.computedTraitSources); `owner` is the user. */
export type OwnedEvent = Pick<GrowthEvent, 'type' | 'name' | 'props' | 'ts' | 'accountId'> & { owner: string };

/** One user's track events of one name counted: on a UTC day ("2026-11-22"), or, day null, all those before `since`. */
export interface OwnedCount {
  owner: string;
  name: string;
  day: string | null;
  count: number;
  /** ISO, UTC */
  first: string;
  last: string;
}

/** What computedTraitSources reads: from when on events count by day, and which names come as events (their props matter). */
export interface ComputedTraitQuery extends ReportCall {
  since: Date;
  replayed: readonly string[];
}

/** What every user's computed traits are worked out from at once. */
export interface ComputedTraitSources {
  /** per user: see computedTraitSources */
  events: OwnedEvent[];
  counts: OwnedCount[];
  /** every account's usage since the instant asked, as accountUsage answers for one */
  accounts: Record<string, AccountUsage>;
}

/** A step of a funnel: an event with this name, of this campaign when one is given. */
export interface FunnelStep {
  name: string;
  campaign?: string;
}

/** A funnel to count: each person's first step in the range, then each next step at or after the previous one and at most `withinMs` after the first. */
export interface FunnelTallyQuery extends ReportCall {
  steps: readonly FunnelStep[];
  range: ReportRange;
  withinMs: number;
  segment?: TraitSegment;
}

/** Per step, the people who reached it and, for each of them, the time since the step before (milliseconds, ascending; empty for the first step). */
export interface FunnelTally {
  steps: { people: number; gapsMs: number[] }[];
}

/** A checklist campaign's events to count, in a range, of a segment's users when one is given. */
export interface ChecklistQuery extends ReportCall {
  campaign: string;
  range: ReportRange;
  segment?: TraitSegment;
}

/** People who were shown the checklist, who completed each step (by the step's id), and who completed it all. */
export interface ChecklistTally {
  shown: number;
  steps: { step: string; people: number }[];
  completed: number;
}

/** Retention of the users new in `range` (day N seen only when it ended by `reportEnd`), split by whether they completed the checklist `campaign` before `reportEnd`. */
export interface OnboardingQuery extends ReportCall {
  campaign: string;
  range: ReportRange;
  reportEnd: Date;
  segment?: TraitSegment;
}

/** Retention counts (as IntervalTally's) of users who finished onboarding and of those who did not. */
export interface OnboardingTally {
  finished: IntervalTally['retention'];
  notFinished: IntervalTally['retention'];
}

/** A customer the admin search finds: a user by user id or an account by account id. */
export interface CustomerKey {
  kind: CustomerKind;
  id: string;
}

/** A customer search (see searchCustomers): text to look for, the page's size, and the last match of the page before. */
export interface CustomerQuery {
  text: string;
  limit: number;
  after?: CustomerKey;
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
  /** One account's events (those sent with this `accountId`), oldest first; only those of `type` when given. */
  accountEvents(projectId: string, accountId: string, options?: { type?: EventType }): Promise<StoredEvent[]>;
  /** The user ids of the events sent with this `accountId`, each once, in id order (byte order). */
  accountUserIds(projectId: string, accountId: string): Promise<string[]>;
  /**
   * Users and accounts whose id starts with `text`, or whose `identify` (a user) or `group` (an account) event set one
   * of SEARCHED_TRAITS to a text containing it; A–Z match either case. In id order (byte order), then kind, after
   * `after`; at most `limit`. An empty text finds every user and account.
   */
  searchCustomers(projectId: string, query: CustomerQuery): Promise<CustomerKey[]>;
  /** true when `cursor` is something `listEvents` accepts as `after` */
  isCursor(cursor: string): boolean;
  userState(projectId: string, subject: string): Promise<UserState>;
  /**
   * Merges `state` into the stored state atomically (core's mergeState) and returns the result; StateTooLarge, nothing
   * written, when the result would pass STATE_MAX_CHARS.
   */
  mergeUserState(projectId: string, subject: string, state: UserState): Promise<UserState>;
  /** The campaign (live or not) whose experiment has this key. */
  experimentCampaign(projectId: string, experimentKey: string): Promise<Campaign | undefined>;
  /**
   * Exposed and converted people per variant of an experiment: each person's first exposure, a conversion when the
   * goal event falls within the window after it (both ends included), people exposed to more than one variant
   * excluded and counted. A person is the user id, else the user id its anonymous id first signed in as, else the
   * anonymous id.
   */
  experimentTally(projectId: string, query: TallyQuery): Promise<ExperimentTally>;
  /** One account's track events per name and UTC day, and its active seats, from `since` on (see AccountUsage). */
  accountUsage(projectId: string, accountId: string, since: Date): Promise<AccountUsage>;
  /**
   * What every user's computed traits are read from, for the whole project at once; a user's events are userEvents'
   * (their devices' anonymous ones included). `events`: all identify, group and `usage` events, and the track and widget
   * events named in `replayed` from `since` on. `counts`: the other track events, per name and UTC day from `since` on
   * and per name before it. `accounts`: every account's usage from `since` on.
   */
  computedTraitSources(projectId: string, query: ComputedTraitQuery): Promise<ComputedTraitSources>;
  /** The host event names stored (track events, not `gk.*`), each with its count and latest time, most recent first; at most `limit`. */
  eventNames(projectId: string, limit: number): Promise<EventName[]>;
  /** Cancel-flow outcomes in a range, of a segment's users when one is given, counted per outcome, reason and offer. */
  churnTally(projectId: string, query: ChurnQuery): Promise<ChurnTally>;
  /** The counts behind each interval's subscription metrics; `reportEnd` bounds what later days may be looked at. */
  metricsTally(projectId: string, query: MetricsQuery): Promise<IntervalTally[]>;
  /** People reaching each step of a funnel in order, and the times between steps (see FunnelTallyQuery). A person is the user id, else the anonymous id. */
  funnelTally(projectId: string, query: FunnelTallyQuery): Promise<FunnelTally>;
  /** People shown a checklist campaign, completing each of its steps and completing it, in a range. */
  checklistTally(projectId: string, query: ChecklistQuery): Promise<ChecklistTally>;
  /** D1 / D7 / D30 retention of new users who finished a checklist against those who did not. */
  onboardingTally(projectId: string, query: OnboardingQuery): Promise<OnboardingTally>;
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
  /** Resolves when the database answers; rejects when it cannot be reached (the collector's /readyz). */
  ping(): Promise<void>;
  /**
   * Events whose `ts` is older than this many days are refused, so that data the retention dropped is never stored
   * again by a late resend; undefined keeps everything.
   */
  readonly retentionDays: number | undefined;
  /** Waits for the writes in flight, then releases the database. */
  close(): Promise<void>;
}
