import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { ServerEvents } from '@growthkit/node';

const DAY = 86_400_000;

type Fact = [daysAgo: number, name: string, props?: Record<string, unknown>];

/** Four customers' last months of billing, one per click in turn, so the metrics report shows each kind of figure. */
const STORIES: { story: string; facts: Fact[] }[] = [
  {
    story: 'renews every month',
    facts: [
      [75, 'subscription_started', { plan: 'basic', mrr: 2000 }],
      [45, 'subscription_renewed', { plan: 'basic', mrr: 2000 }],
      [15, 'subscription_renewed', { plan: 'basic', mrr: 2000 }],
    ],
  },
  {
    story: 'upgrades to Growth',
    facts: [
      [70, 'subscription_started', { plan: 'basic', mrr: 2000 }],
      [40, 'plan_changed', { from: 'basic', to: 'growth', mrr_before: 2000, mrr_after: 5000 }],
      [10, 'subscription_renewed', { plan: 'growth', mrr: 5000 }],
    ],
  },
  {
    story: 'cancels (voluntary)',
    facts: [
      [65, 'subscription_started', { plan: 'basic', mrr: 2000 }],
      [35, 'subscription_renewed', { plan: 'basic', mrr: 2000 }],
      [5, 'subscription_cancelled', { cause: 'voluntary' }],
    ],
  },
  {
    story: 'card fails (involuntary)',
    facts: [
      [60, 'subscription_started', { plan: 'growth', mrr: 5000 }],
      [30, 'subscription_renewed', { plan: 'growth', mrr: 5000 }],
      [3, 'payment_failed'],
      [2, 'subscription_cancelled', { cause: 'involuntary' }],
    ],
  },
];

let clicks = 0;

/**
 * `POST /api/billing`, the demo's "Send billing events": Acme's billing server reports one made-up customer's
 * subscription history (SPEC §9 billing events) with the secret key through @growthkit/node, so
 * /v1/admin/reports/metrics has churn, ARPU, LTV and expansion figures after a few clicks.
 */
export function sendBilling(res: ServerResponse, events: ServerEvents): void {
  const { story, facts } = STORIES[clicks++ % STORIES.length]!;
  const accountId = `customer-${randomUUID().slice(0, 8)}`;
  for (const [daysAgo, name, props = {}] of facts) events.track(name, { accountId, props, time: new Date(Date.now() - daysAgo * DAY) });
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ accountId, story }));
}
