import { mergeContacts } from './arbitration/contact-log.ts';
import type { CampaignState, ExperimentAssignment, StepState, UserState } from './state.ts';

/** The later of two ISO timestamps; a missing one never wins. */
function later(a?: string, b?: string): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a >= b ? a : b;
}

/** The earlier of two ISO timestamps; a missing one never wins. */
function earlier(a?: string, b?: string): string | undefined {
  if (a && b) return a <= b ? a : b;
  return a ?? b;
}

/**
 * Merges two records by id, reading own entries only: an id is the host's ("constructor", "valueOf"), never a property
 * every object inherits. Object.fromEntries defines each entry, so even "__proto__" stays data, not a prototype.
 */
function mergeRecords<T>(a: Record<string, T>, b: Record<string, T>, merge: (x: T | undefined, y: T | undefined) => T): Record<string, T> {
  const ids = new Set([...Object.keys(a), ...Object.keys(b)]);
  const own = (record: Record<string, T>, id: string) => (Object.hasOwn(record, id) ? record[id] : undefined);
  return Object.fromEntries([...ids].map((id) => [id, merge(own(a, id), own(b, id))]));
}

function mergeStep(a: StepState | undefined, b: StepState | undefined): StepState {
  if (!a || !b) return (a ?? b)!;
  // Done is final: a step one device finished is never reopened by another device's older "skipped".
  if (a.status !== b.status) return a.status === 'done' ? a : b;
  return a.at <= b.at ? a : b;
}

/** The later dismissal of each part wins, so a cooldown restarted on one device is not shortened by another. */
function mergeDismissals(a: CampaignState['dismissals'], b: CampaignState['dismissals']): Pick<CampaignState, 'dismissals'> {
  if (!a || !b) return a || b ? { dismissals: { ...(a ?? b) } } : {};
  return { dismissals: mergeRecords(a, b, (x, y) => later(x, y)!) };
}

function mergeCampaign(a: CampaignState, b: CampaignState): CampaignState {
  const collapsedFrom = (a.collapsedAt ?? '') >= (b.collapsedAt ?? '') ? a : b;
  return {
    impressions: Math.max(a.impressions, b.impressions),
    lastShownAt: later(a.lastShownAt, b.lastShownAt),
    dismissedAt: later(a.dismissedAt, b.dismissedAt),
    completedAt: earlier(a.completedAt, b.completedAt),
    collapsed: collapsedFrom.collapsed,
    collapsedAt: collapsedFrom.collapsedAt,
    steps: mergeRecords(a.steps, b.steps, mergeStep),
    ...mergeDismissals(a.dismissals, b.dismissals),
  };
}

function earlierAssignment(x: ExperimentAssignment | undefined, y: ExperimentAssignment | undefined): ExperimentAssignment {
  if (!x || !y) return (x ?? y)!;
  return y.at < x.at || (y.at === x.at && y.variant < x.variant) ? y : x;
}

/** The earlier assignment wins (ties by variant key), so a user keeps the variant they saw first, anywhere. */
function mergeExperiments(a: UserState['experiments'], b: UserState['experiments']): Pick<UserState, 'experiments'> {
  if (!a || !b) return a || b ? { experiments: { ...(a ?? b) } } : {};
  return { experiments: mergeRecords(a, b, earlierAssignment) };
}

/**
 * Merges the state of two devices (or device and collector) so that the order of syncs never matters:
 * the merge is commutative, associative and idempotent.
 */
export function mergeState(a: UserState, b: UserState): UserState {
  return {
    campaigns: mergeRecords(a.campaigns, b.campaigns, (x, y) => (x && y ? mergeCampaign(x, y) : (x ?? y)!)),
    ...((a.contacts || b.contacts) && { contacts: mergeContacts(a.contacts, b.contacts) }),
    ...mergeExperiments(a.experiments, b.experiments),
  };
}
