import type { PublicSettings } from '../config.ts';
import { traitTime } from '../context/trait-time.ts';
import { isoTime } from './iso-time.ts';
import type { Reason } from './reason.ts';

type Settings = Pick<PublicSettings, 'reachedTrait' | 'reachedWithinDays'>;

/**
 * Whether the user was reached through another channel (the project's `reachedTrait`, user then account) recently
 * enough to spare them an interruptive prompt: the trait is `true`, or a time (ISO or epoch ms) within
 * `reachedWithinDays` before `now`.
 */
export function checkReached(context: Record<string, any>, settings: Settings, now: Date): Reason | undefined {
  const trait = settings.reachedTrait;
  if (!trait) return;
  const value = context[trait] ?? context.account?.[trait];
  if (value === true) return { code: 'reached-elsewhere', trait, value };
  const at = traitTime(value);
  const until = at + settings.reachedWithinDays * 86_400_000;
  if (!(at <= now.getTime() && until > now.getTime())) return;
  return { code: 'reached-elsewhere', trait, value, days: settings.reachedWithinDays, until: isoTime(until) };
}
