import { PublicSettingsSchema, type EventInput } from '@growthkit/core';
import { makeEvent } from './collector-fixture.ts';

/** A project whose scorecard has three key features and one work event. */
export const scorecardProject = {
  id: 'scorecard',
  publishableKey: 'pk_scorecard',
  secretKey: 'sk_scorecard',
  allowedOrigins: [],
  settings: PublicSettingsSchema.parse({
    value: { keyFeatures: ['report_generated', 'doc_shared', 'invite_sent'], workEvents: ['doc_created'], workPerPrice: 1, lowScore: 40 },
  }),
};

const DAY = 86_400_000;
// Noon UTC of today, so "n days ago" stays inside the scorecard's 30 UTC days whatever the hour the test runs.
export const NOW = Math.floor(Date.now() / DAY) * DAY + DAY / 2;
export const daysAgo = (n: number) => new Date(NOW - n * DAY).toISOString();

/**
 * Account acme pays for 4 seats at plan_price 10,000 (100.00 a month: 100 work events a month). Seat ada (NPS 5) created
 * 10 docs and generated a report; seat bob created 5 docs; seat cy only saw a prompt (gk.* is not use); eve, of another
 * account, shared a doc. So breadth = 1 of 3 key features = 0.333, depth = 2 of 4 seats = 0.5, reach = 15 / 100 = 0.15,
 * value_score = round(100 × (0.333 + 0.5 + 0.15) / 3) = 33: below 40 with renewal in 10 days, the low_value signal.
 */
export function seedAcme(): EventInput[] {
  const seat = (userId: string, accountId = 'acme') => ({ userId, anonymousId: `anon-${userId}`, accountId });
  const acme = { seats: 4, plan_price: 10_000, plan: 'basic', renews_at: new Date(NOW + 10 * DAY).toISOString() };
  return [
    makeEvent({ ...seat('ada'), type: 'identify', name: 'identify', ts: daysAgo(20), props: { nps: 5, signed_up_at: daysAgo(20) } }),
    makeEvent({ ...seat('ada'), type: 'group', name: 'group', ts: daysAgo(20), props: acme }),
    ...Array.from({ length: 10 }, (_, n) => makeEvent({ ...seat('ada'), name: 'doc_created', ts: daysAgo(n) })),
    makeEvent({ ...seat('ada'), name: 'report_generated', ts: daysAgo(3) }),
    makeEvent({ ...seat('bob'), type: 'group', name: 'group', ts: daysAgo(15), props: acme }),
    ...Array.from({ length: 5 }, (_, n) => makeEvent({ ...seat('bob'), name: 'doc_created', ts: daysAgo(n + 1) })),
    makeEvent({ ...seat('cy'), type: 'widget', name: 'gk.shown', campaignId: 'upsell-card', ts: daysAgo(2) }),
    makeEvent({ ...seat('eve', 'globex'), name: 'doc_shared', ts: daysAgo(1) }),
    makeEvent({ ...seat('ada'), type: 'widget', name: 'gk.exposure', experiment: 'upgrade-copy', variant: 'value', ts: daysAgo(4) }),
  ];
}
