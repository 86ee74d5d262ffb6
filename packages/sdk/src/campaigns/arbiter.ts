import type { Campaign, Decision } from '@growthkit/core';

/** What the widget runtime asks before each placement; create-runtime answers from the device (decideOnDevice). */
export interface Arbiter {
  decide(campaigns: readonly Campaign[], showing: readonly string[], manual?: string): Decision[];
  /** an interruptive campaign went on screen: the contact budget counts it */
  contacted(campaignId: string): void;
  /** the campaign as this user sees it (their experiment variant); undefined when nothing shows (the holdout, or not yet) */
  present?(campaign: Campaign): Campaign | undefined;
}
