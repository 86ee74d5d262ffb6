import type { Campaign, FloatingPlacement } from '../campaign.ts';
import type { PublicSettings } from '../config.ts';
import type { ConditionFailure } from '../condition/condition-failure.ts';

type QuietHours = NonNullable<PublicSettings['quietHours']>;

/**
 * Why a campaign shows, holds or is skipped, as data: a stable code and what describeReason needs to say it in words,
 * found by the check that decided. The words (`message`) are attached by decide where WITH_WORDS, and by the debug
 * panel, whose first script is built without them. `until` (ISO) is when the reason stops holding by itself.
 */
export type Reason = (
  | { code: 'shown'; priority: number; floating: FloatingPlacement['floating'] }
  | { code: 'shown'; priority: number; slot: string }
  /** shown through `show(campaign)` */
  | { code: 'manual'; campaign: string }
  /** a manual trigger: shows only through `show(campaign)` */
  | { code: 'trigger'; campaign: string }
  | { code: 'status'; status: Exclude<Campaign['status'], 'live'> }
  | { code: 'schedule'; until: string }
  | { code: 'schedule'; ended: string }
  /** a date trait out of the trigger's range (`min`…`max`, or `oneOf`); `days` absent when the trait is unknown */
  | { code: 'schedule'; trait: 'days_since_signup' | 'days_to_renewal'; days?: number; min?: number; max?: number; oneOf?: number[] }
  /** the page path and the trigger's pattern */
  | { code: 'trigger'; page: string; pattern: string }
  | { code: 'trigger'; event: string; tracked: number; count: number }
  /** a usage meter with no limit reported */
  | { code: 'trigger'; metric: string }
  /** the meter's share of its limit, under the trigger's threshold */
  | { code: 'trigger'; metric: string; ratio: number; threshold: number }
  /** the failing leaf of the audience condition (path, value, …); none when no leaf can be named */
  | ({ code: 'audience' } & Partial<ConditionFailure>)
  /** `until` absent: dismissed for good */
  | { code: 'dismissed'; at: string; until?: string }
  /** a survey answered at `at`, before this page view */
  | { code: 'answered'; at: string }
  | { code: 'frequency'; impressions: number; max: number }
  /** the trait and its value; `days` and `until` when the value is a time, not `true` */
  | { code: 'reached-elsewhere'; trait: string; value: unknown; days?: number; until?: string }
  /** `minutes`: the user's local time, in minutes since midnight */
  | ({ code: 'quiet-hours'; minutes: number; timeZone: string; until: string } & QuietHours)
  /** `last`: the last interruptive prompt (ISO); `gap`: the project's minimum gap in minutes */
  | { code: 'min-gap'; last: string; gap: number; until: string }
  /** `count` prompts of the window's `limit`; `until` absent when only the next session, or nothing, frees it up */
  | { code: 'budget'; window: 'session' | 'day' | 'week'; count: number; limit: number; until?: string }
  /** `by`: the campaign that shows instead */
  | { code: 'interruptive-slot-taken'; by: string }
  | { code: 'slot-taken'; by: string; slot: string }
  /** an inline campaign whose `data-growthkit` slot is not on the page: it waits for it and never floats */
  | { code: 'slot-missing'; slot: string }
  /** a floating campaign while the host page has a modal open (not one asked for by `show(id)`) */
  | { code: 'host-modal' }
) & {
  /** the reason in words (describeReason), where WITH_WORDS */
  message?: string;
};

/** Stable codes the debug panel and tests rely on. */
export type ReasonCode = Reason['code'];

/**
 * show — on screen now; hold — would show once the reason passes (a trigger, a time, a free place);
 * skip — ruled out for this user (status, audience, cap, dismissed for good, a survey answered, reached elsewhere).
 */
export type Verdict = 'show' | 'hold' | 'skip';
