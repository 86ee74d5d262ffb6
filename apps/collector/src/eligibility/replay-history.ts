import {
  countedNames,
  recordEvent,
  type ContextInput,
  type Counters,
  type GrowthEvent,
  type Trigger,
  type UsageMeters,
} from '@growthkit/core';

type Traits = Record<string, unknown>;

/** What the SDK keeps on the device, rebuilt from the user's stored events. */
export interface ReplayedHistory extends Pick<ContextInput, 'userId' | 'anonymousId' | 'page' | 'locale'> {
  traits: Traits;
  /** the group's traits, with its id as `id`, as the SDK passes them */
  account: Traits;
  counters: Counters;
  usage: UsageMeters;
  /** the session of the latest event */
  session?: string;
}

/** `usage(metric, used, limit)` reaches the collector as this track event */
const isUsageReport = (event: GrowthEvent) => event.type === 'track' && event.name === 'usage' && typeof event.props.metric === 'string';

/**
 * Replays a user's events (any order) the way the SDK builds its state as they happen: `identify` traits merged,
 * `group` traits merged while the account stays the same and replaced when it changes, the counters each tracked or
 * widget event adds to (core's countedNames over the campaigns' `triggers`, and recordEvent), the latest `usage` report
 * per metric, and where the user last was (page, locale, session).
 */
export function replayHistory(events: readonly GrowthEvent[], triggers: readonly Trigger[] = []): ReplayedHistory {
  const history: ReplayedHistory = { traits: {}, account: {}, counters: {}, usage: {} };
  const ordered = [...events].sort((a, b) => Date.parse(a.ts) - Date.parse(b.ts));
  for (const event of ordered) {
    if (event.userId) history.userId = event.userId;
    history.anonymousId = event.anonymousId;
    if (event.sessionId) history.session = event.sessionId;
    if (event.context?.path) history.page = { url: event.context.url, path: event.context.path };
    if (event.context?.locale) history.locale = event.context.locale;
    if (event.type === 'identify') history.traits = { ...history.traits, ...event.props };
    else if (event.type === 'group' && event.accountId) {
      const same = history.account.id === event.accountId;
      history.account = { ...(same ? history.account : {}), ...event.props, id: event.accountId };
    } else if (isUsageReport(event)) {
      const { metric, used, limit } = event.props as { metric: string; used: unknown; limit: unknown };
      if (Number.isFinite(used) && Number.isFinite(limit))
        history.usage = { ...history.usage, [metric]: { used: used as number, limit: limit as number } };
    } else if (event.type === 'track' || event.type === 'widget')
      for (const name of countedNames(event, triggers)) history.counters = recordEvent(history.counters, name, event.ts);
  }
  return history;
}
