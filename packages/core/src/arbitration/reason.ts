/** Stable codes the debug panel and tests rely on; `message` says the rest in words. */
export type ReasonCode =
  | 'shown'
  | 'manual'
  | 'status'
  | 'schedule'
  | 'audience'
  | 'trigger'
  | 'dismissed'
  | 'frequency'
  | 'reached-elsewhere'
  | 'quiet-hours'
  | 'min-gap'
  | 'budget'
  | 'interruptive-slot-taken'
  | 'slot-taken';

export interface Reason {
  code: ReasonCode;
  /** exact and human-readable, without the code, e.g. `plan is "basic"; needs $in ["trial"]` */
  message: string;
  /** ISO instant at which this reason stops holding by itself */
  until?: string;
  /** audience: the failing condition's attribute path and the attribute's value there */
  path?: string;
  value?: unknown;
  /** budget: which window is spent */
  window?: 'session' | 'day' | 'week';
  /** interruptive-slot-taken, slot-taken: the campaign that shows instead */
  by?: string;
}

/**
 * show — on screen now; hold — would show once the reason passes (a trigger, a time, a free place);
 * skip — ruled out for this user (status, audience, cap, dismissed for good, reached elsewhere).
 */
export type Verdict = 'show' | 'hold' | 'skip';
