import type { Trigger } from '../campaign.ts';
import type { GrowthEvent } from '../event.ts';
import { isNegativeFeedback, NEGATIVE_FEEDBACK_COUNTER } from '../survey/negative-feedback.ts';

type EventTrigger = Extract<Trigger, { type: 'event' }>;

/**
 * The counter an event trigger reads: the event's name, or, when the trigger asks for props, the name with them in the
 * campaign's order (`gk.cancel_outcome?outcome=cancelled`; the device and the collector parse the same campaign JSON),
 * counted only for the events that carry those values.
 */
export function triggerCounter({ event, props }: Pick<EventTrigger, 'event' | 'props'>): string {
  if (!props) return event;
  return `${event}?${Object.entries(props)
    .map(([key, value]) => `${key}=${value}`)
    .join('&')}`;
}

/**
 * The counters one event adds to, the same on the device (as it tracks or a widget reports) and on the collector (as
 * it replays stored events): a track event's name; each event trigger's counter that names it and whose props it
 * carries, or lacks where the trigger asks for `null` (so widget events such as `gk.cancel_outcome` are counted where a
 * campaign waits for them); and negative feedback (negative-feedback.ts).
 */
export function countedNames(event: Pick<GrowthEvent, 'type' | 'name' | 'props'>, triggers: readonly Trigger[]): string[] {
  const names = new Set<string>();
  if (event.type === 'track') names.add(event.name);
  for (const trigger of triggers)
    if (
      trigger.type === 'event' &&
      trigger.event === event.name &&
      // a prop the event lacks reads as null, which a trigger asks for with `null`
      Object.entries(trigger.props ?? {}).every(([key, value]) => (event.props[key] ?? null) === value)
    )
      names.add(triggerCounter(trigger));
  if (isNegativeFeedback(event)) names.add(NEGATIVE_FEEDBACK_COUNTER);
  return [...names];
}
