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

function mergeStep(a: StepState | undefined, b: StepState | undefined): StepState {
  if (!a || !b) return (a ?? b)!;
  // Done is final: a step one device finished is never reopened by another device's older "skipped".
  if (a.status !== b.status) return a.status === 'done' ? a : b;
  return a.at <= b.at ? a : b;
}

/** The later dismissal of each part wins, so a cooldown restarted on one device is not shortened by another. */
function mergeDismissals(a: CampaignState['dismissals'], b: CampaignState['dismissals']): Pick<CampaignState, 'dismissals'> {
  if (!a || !b) return a || b ? { dismissals: { ...(a ?? b) } } : {};
  const dismissals = { ...a };
  for (const [id, at] of Object.entries(b)) dismissals[id] = later(dismissals[id], at)!;
  return { dismissals };
}

function mergeCampaign(a: CampaignState, b: CampaignState): CampaignState {
  const steps: CampaignState['steps'] = {};
  for (const id of new Set([...Object.keys(a.steps), ...Object.keys(b.steps)])) steps[id] = mergeStep(a.steps[id], b.steps[id]);
  const collapsedFrom = (a.collapsedAt ?? '') >= (b.collapsedAt ?? '') ? a : b;
  return {
    impressions: Math.max(a.impressions, b.impressions),
    lastShownAt: later(a.lastShownAt, b.lastShownAt),
    dismissedAt: later(a.dismissedAt, b.dismissedAt),
    completedAt: earlier(a.completedAt, b.completedAt),
    collapsed: collapsedFrom.collapsed,
    collapsedAt: collapsedFrom.collapsedAt,
    steps,
    ...mergeDismissals(a.dismissals, b.dismissals),
  };
}

/** The earlier assignment wins (ties by variant key), so a user keeps the variant they saw first, anywhere. */
function mergeExperiments(a: UserState['experiments'], b: UserState['experiments']): Pick<UserState, 'experiments'> {
  if (!a || !b) return a || b ? { experiments: { ...(a ?? b) } } : {};
  const experiments: Record<string, ExperimentAssignment> = { ...a };
  for (const [key, y] of Object.entries(b)) {
    const x = experiments[key];
    if (!x || y.at < x.at || (y.at === x.at && y.variant < x.variant)) experiments[key] = y;
  }
  return { experiments };
}

/**
 * Merges the state of two devices (or device and collector) so that the order of syncs never matters:
 * the merge is commutative, associative and idempotent.
 */
export function mergeState(a: UserState, b: UserState): UserState {
  const campaigns: UserState['campaigns'] = {};
  for (const id of new Set([...Object.keys(a.campaigns), ...Object.keys(b.campaigns)])) {
    const x = a.campaigns[id];
    const y = b.campaigns[id];
    campaigns[id] = x && y ? mergeCampaign(x, y) : (x ?? y)!;
  }
  return {
    campaigns,
    ...((a.contacts || b.contacts) && { contacts: mergeContacts(a.contacts, b.contacts) }),
    ...mergeExperiments(a.experiments, b.experiments),
  };
}
