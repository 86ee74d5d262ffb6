import type { Campaign, Decision } from '@growthkit/core';

/** What the widget runtime asks before each placement; create-runtime answers from the device (decideOnDevice). */
export interface Arbiter {
  decide(campaigns: readonly Campaign[], showing: readonly string[], manual?: string): Decision[];
  /** an interruptive campaign went on screen: the contact budget counts it */
  contacted(campaignId: string): void;
}
