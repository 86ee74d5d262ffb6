import type { EventInput } from '@growthkit/core';
import { abTestCampaign } from './collector-fixture.ts';

/** The checklist campaign the history is about: steps a, b, c; experiment `onb-test`, goal `plan_upgraded` within 14 days. */
export const FUNNEL_CAMPAIGN = abTestCampaign('onb', 'onb-test');

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;
const OCTOBER = Date.parse('2026-10-01T00:00:00Z');
const SEPTEMBER = Date.parse('2026-09-01T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * A deterministic history whose report counts are worked out by hand in reports-funnels.test.ts.
 *
 * Users u0 … u59, each with day s = 2026-10-01 + (i mod 5) days; on day s: identify 08:00 with plan "growth" (i even)
 * or "basic" (i odd), u1 identifying again on s+1 as "growth"; `gk.exposure` of campaign onb 09:00; `gk.shown` 09:05
 * when i mod 4 ≠ 3; `gk.click` 09:10 when shown and i mod 3 = 0; doc_created 10:00; step a 10:30 when shown and
 * i mod 3 ≠ 2 (sent twice), b 10:40 when a and i even, c 10:50 when b and i mod 4 = 0, then `gk.completed` 11:00.
 * plan_upgraded (the goal) at s+2 days 09:10 + (i mod 5) hours when clicked and i even; at s+20 days when clicked and
 * i odd (past the window); at s+3 days when i mod 12 = 1 (shown, never clicked). doc_created on s+1 when i even, and on
 * s+7 too for those who completed the checklist. u60 is exposed and shown on 2026-09-20, before the range.
 *
 * Users f0 … f19, from 2026-09-01 + (j mod 4) days at 10:00 (T): upgrade_page_viewed at T; plan_chosen at T + (j/2 + 1)
 * minutes when j even; order_confirmed at T + 1 h when j mod 4 = 0; paid at T + 61 min for f0, T + 40 days for f4
 * (past a 30-day window), T + 30 min for f8 (before its order); f1 has order_confirmed and paid but no plan_chosen.
 */
export function funnelHistory(): EventInput[] {
  const events: EventInput[] = [];
  let n = 0;
  const add = (fields: Partial<EventInput> & Pick<EventInput, 'name' | 'ts'>) =>
    events.push({ id: `funnel-${n++}`, type: 'track', anonymousId: `anon-${fields.userId}`, props: {}, ...fields });
  for (let i = 0; i < 60; i++) {
    const userId = `u${i}`;
    const s = OCTOBER + (i % 5) * DAY;
    const widget = (name: string, ms: number, props: Record<string, unknown> = {}) =>
      add({ userId, type: 'widget', name, campaignId: FUNNEL_CAMPAIGN.id, ts: iso(ms), props });
    add({ userId, type: 'identify', name: 'identify', ts: iso(s + 8 * HOUR), props: { plan: i % 2 === 0 ? 'growth' : 'basic' } });
    if (i === 1) add({ userId, type: 'identify', name: 'identify', ts: iso(s + DAY + 8 * HOUR), props: { plan: 'growth' } });
    widget('gk.exposure', s + 9 * HOUR);
    const shown = i % 4 !== 3;
    const clicked = shown && i % 3 === 0;
    if (shown) widget('gk.shown', s + 9 * HOUR + 5 * MINUTE);
    if (clicked) widget('gk.click', s + 9 * HOUR + 10 * MINUTE);
    add({ userId, name: 'doc_created', ts: iso(s + 10 * HOUR) });
    const a = shown && i % 3 !== 2;
    const b = a && i % 2 === 0;
    const c = b && i % 4 === 0;
    if (a) for (const _ of [1, 2]) widget('gk.step_completed', s + 10 * HOUR + 30 * MINUTE, { step: 'a' });
    if (b) widget('gk.step_completed', s + 10 * HOUR + 40 * MINUTE, { step: 'b' });
    if (c) widget('gk.step_completed', s + 10 * HOUR + 50 * MINUTE, { step: 'c' });
    if (c) widget('gk.completed', s + 11 * HOUR);
    if (clicked && i % 2 === 0) add({ userId, name: 'plan_upgraded', ts: iso(s + 2 * DAY + 9 * HOUR + 10 * MINUTE + (i % 5) * HOUR) });
    if (clicked && i % 2 === 1) add({ userId, name: 'plan_upgraded', ts: iso(s + 20 * DAY) });
    if (i % 12 === 1) add({ userId, name: 'plan_upgraded', ts: iso(s + 3 * DAY) });
    if (i % 2 === 0) add({ userId, name: 'doc_created', ts: iso(s + DAY + 10 * HOUR) });
    if (c) add({ userId, name: 'doc_created', ts: iso(s + 7 * DAY + 10 * HOUR) });
  }
  for (const name of ['gk.exposure', 'gk.shown'])
    add({ userId: 'u60', type: 'widget', name, campaignId: FUNNEL_CAMPAIGN.id, ts: '2026-09-20T09:00:00.000Z' });
  for (let j = 0; j < 20; j++) {
    const userId = `f${j}`;
    const t = SEPTEMBER + (j % 4) * DAY + 10 * HOUR;
    add({ userId, name: 'upgrade_page_viewed', ts: iso(t) });
    if (j % 2 === 0) add({ userId, name: 'plan_chosen', ts: iso(t + (j / 2 + 1) * MINUTE) });
    if (j % 4 === 0 || j === 1) add({ userId, name: 'order_confirmed', ts: iso(t + HOUR) });
    const paid = { 0: t + 61 * MINUTE, 1: t + 61 * MINUTE, 4: t + 40 * DAY, 8: t + 30 * MINUTE }[j];
    if (paid !== undefined) add({ userId, name: 'paid', ts: iso(paid) });
  }
  return events;
}
