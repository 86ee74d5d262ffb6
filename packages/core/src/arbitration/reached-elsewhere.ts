import type { PublicSettings } from '../config.ts';
import type { EvaluationContext } from '../context/build-context.ts';
import { traitTime } from '../context/trait-time.ts';
import { isoTime } from './iso-time.ts';
import type { Reason } from './reason.ts';

type Settings = Pick<PublicSettings, 'reachedTrait' | 'reachedWithinDays'>;

const DAY = 86_400_000;

/** the project's `reachedTrait`, user then account */
function reachedValue(context: EvaluationContext, trait: string): unknown {
  return context[trait] ?? context.account[trait];
}

/**
 * Why the user is spared an interruptive prompt: they were reached through another channel (the project's
 * `reachedTrait`) recently enough — the trait is `true`, or a time (ISO or epoch ms) within `reachedWithinDays` before
 * `now`. Undefined when they were not.
 */
export function checkReached(context: EvaluationContext, settings: Settings, now: Date): Reason | undefined {
  const trait = settings.reachedTrait;
  if (!trait) return;
  const value = reachedValue(context, trait);
  if (value === true) return { code: 'reached-elsewhere', trait, value };
  const at = traitTime(value);
  const days = settings.reachedWithinDays;
  const until = at + days * DAY;
  if (at <= now.getTime() && until > now.getTime()) return { code: 'reached-elsewhere', trait, value, days, until: isoTime(until) };
}
