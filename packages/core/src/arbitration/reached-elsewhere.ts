import type { PublicSettings } from '../config.ts';
import { traitTime } from '../context/trait-time.ts';
import { isoTime } from './iso-time.ts';
import type { Reason } from './reason.ts';

type Settings = Pick<PublicSettings, 'reachedTrait' | 'reachedWithinDays'>;

const DAY = 86_400_000;
/** the project's `reachedTrait`, user then account */
const reachedValue = (context: Record<string, any>, trait: string) => context[trait] ?? context.account?.[trait];

/**
 * Whether the user was reached through another channel (the project's `reachedTrait`) recently enough to spare them
 * an interruptive prompt: the trait is `true`, or a time (ISO or epoch ms) within `reachedWithinDays` before `now`.
 */
export function wasReached(context: Record<string, any>, settings: Settings, now: Date): boolean {
  const trait = settings.reachedTrait;
  if (!trait) return false;
  const value = reachedValue(context, trait);
  const at = traitTime(value);
  return value === true || (at <= now.getTime() && at + settings.reachedWithinDays * DAY > now.getTime());
}

/** The reason as the debug panel and the collector show it; only asked when wasReached said yes. */
export function reachedDetails(context: Record<string, any>, settings: Settings): Reason {
  const trait = settings.reachedTrait!;
  const value = reachedValue(context, trait);
  if (value === true) return { code: 'reached-elsewhere', trait, value };
  const days = settings.reachedWithinDays;
  return { code: 'reached-elsewhere', trait, value, days, until: isoTime(traitTime(value) + days * DAY) };
}
