import { describe, expect, it } from 'vitest';
import { buildContext, computeTraits, evalCondition, recordEvent, type Counters } from '../src/index.ts';

const now = new Date('2026-11-22T12:00:00Z');
const DAY = 86_400_000;
const daysAgo = (n: number, hour = 12) => new Date(Date.UTC(2026, 10, 22 - n, hour)).toISOString();
/** `perDay` events of `name` on each of the days `from`…`to - 1` ago */
const activity = (counters: Counters, name: string, from: number, to: number, perDay = 1) => {
  for (let d = from; d < to; d++) for (let i = 0; i < perDay; i++) counters = recordEvent(counters, name, daysAgo(d));
  return counters;
};

describe('computed traits', () => {
  it('counts whole days since signup from the user trait, else the account creation', () => {
    expect(computeTraits({ now, traits: { signed_up_at: '2026-11-15T13:00:00Z' } }).days_since_signup).toBe(6);
    expect(computeTraits({ now, traits: { signed_up_at: '2026-11-15' } }).days_since_signup).toBe(7);
    expect(computeTraits({ now, account: { created_at: '2026-10-23T12:00:00Z' } }).days_since_signup).toBe(30);
    expect(computeTraits({ now }).days_since_signup).toBeUndefined();
    expect(computeTraits({ now, traits: { signed_up_at: 'soon' } }).days_since_signup).toBeUndefined();
  });

  it('counts days to renewal rounded up, account first, negative once past', () => {
    expect(
      computeTraits({ now, account: { renews_at: '2026-11-29T12:00:00Z' }, traits: { renews_at: '2027-01-01' } }).days_to_renewal,
    ).toBe(7);
    expect(computeTraits({ now, traits: { renews_at: '2026-11-22T13:00:00Z' } }).days_to_renewal).toBe(1);
    expect(computeTraits({ now, account: { renews_at: now.getTime() } }).days_to_renewal).toBe(0);
    expect(computeTraits({ now, account: { renews_at: '2026-11-20T12:00:00Z' } }).days_to_renewal).toBe(-2);
    // epoch milliseconds beyond the range of dates are no date
    for (const renewsAt of [1e20, -1e20, 8_640_000_000_000_001]) {
      expect(computeTraits({ now, account: { renews_at: renewsAt } }).days_to_renewal).toBeUndefined();
    }
  });

  it('derives the tier from plan, revenue and seats', () => {
    const tier = (traits: object, account: object = {}, usage = {}) =>
      computeTraits({ now, traits: traits as never, account: account as never, usage }).tier;
    expect(tier({ plan: 'trial', mrr: 900 })).toBe('trial');
    expect(tier({ plan: 'Free-Trial' })).toBe('trial');
    expect(tier({ plan: 'basic' }, { plan: 'enterprise' })).toBe('high-value');
    expect(tier({ plan: 'basic', mrr: 500 })).toBe('high-value');
    expect(tier({ plan: 'growth' })).toBe('growth');
    expect(tier({ plan: 'basic' }, { mrr: 120 })).toBe('growth');
    expect(tier({ plan: 'basic' }, {}, { seats: { used: 8, limit: 10 } })).toBe('growth');
    expect(tier({ plan: 'basic' }, {}, { seats: { used: 7, limit: 10 } })).toBe('basic');
    expect(tier({})).toBe('basic');
    expect(computeTraits({ now, traits: { mrr: 50 }, settings: { tiers: { growthMrr: 40, highValueMrr: 200 } } }).tier).toBe('growth');
  });

  it('is low risk with steady use', () => {
    expect(computeTraits({ now, counters: activity({}, 'doc_created', 0, 28, 2) })).toMatchObject({ risk: 'low', riskSignals: [] });
  });

  it('flags usage_drop when each of the last two weeks falls below half of the two weeks before', () => {
    let counters = activity({}, 'doc_created', 14, 28, 2); // 14 a week before
    counters = activity(counters, 'doc_created', 0, 6); // 6 last week, 6 the week before
    counters = activity(counters, 'doc_created', 7, 13);
    expect(computeTraits({ now, counters }).riskSignals).toEqual(['usage_drop']);
    // one more event in the week before last brings it to 7 = half: no longer a drop
    counters = recordEvent(counters, 'doc_created', daysAgo(13));
    expect(computeTraits({ now, counters }).riskSignals).toEqual([]);
  });

  it('does not flag a 49% drop, and flags a 51% one (100 events a week before, then 51 or 49 in each of the last two)', () => {
    const weeks = (perWeek: number) => {
      let counters = activity({}, 'doc_created', 14, 28);
      counters = activity(counters, 'doc_created', 14, 15, 200 - 14); // 200 in the two weeks before: a base of 100 a week
      counters = activity(counters, 'doc_created', 0, 1, perWeek);
      return activity(counters, 'doc_created', 7, 8, perWeek);
    };
    expect(computeTraits({ now, counters: weeks(51) }).riskSignals).toEqual([]);
    expect(computeTraits({ now, counters: weeks(49) }).riskSignals).toEqual(['usage_drop']);
  });

  it('ignores GrowthKit widget events as product use', () => {
    let counters = activity({}, 'doc_created', 14, 28, 2);
    counters = activity(counters, 'gk.shown', 0, 14, 5);
    expect(computeTraits({ now, counters }).riskSignals).toContain('usage_drop');
  });

  it('flags narrowed_use when advanced features stop while basic use goes on', () => {
    let counters = activity({}, 'doc_created', 0, 30);
    counters = activity(counters, 'report_generated', 14, 30);
    const settings = { advancedEvents: ['report_generated', 'api_called'] };
    expect(computeTraits({ now, counters, settings }).riskSignals).toEqual(['narrowed_use']);
    expect(computeTraits({ now, counters: recordEvent(counters, 'api_called', daysAgo(2)), settings }).riskSignals).toEqual([]);
    expect(computeTraits({ now, counters }).riskSignals).toEqual([]);
  });

  it('flags negative_feedback from a low NPS or a complaint, and silent after 14 quiet days; two signals are high risk', () => {
    const counters = activity({}, 'doc_created', 0, 20);
    expect(computeTraits({ now, counters, traits: { nps: 6 } })).toMatchObject({ risk: 'medium', riskSignals: ['negative_feedback'] });
    expect(computeTraits({ now, counters, traits: { nps: 7 } }).riskSignals).toEqual([]);
    expect(computeTraits({ now, counters: recordEvent(counters, 'complaint', daysAgo(29)) }).riskSignals).toEqual(['negative_feedback']);
    const quiet = activity({}, 'doc_created', 14, 16);
    expect(computeTraits({ now, counters: quiet })).toMatchObject({ risk: 'medium', riskSignals: ['silent'] });
    expect(computeTraits({ now, counters: activity({}, 'doc_created', 13, 16) }).riskSignals).toEqual([]);
    expect(computeTraits({ now, counters: quiet, account: { nps: 2 } })).toMatchObject({
      risk: 'high',
      riskSignals: ['negative_feedback', 'silent'],
    });
    expect(computeTraits({ now }).riskSignals).toEqual([]);
  });
});

describe('buildContext', () => {
  const context = buildContext({
    userId: 'u1',
    anonymousId: 'a1',
    traits: { plan: 'basic', role: 'marketer', signed_up_at: new Date(now.getTime() - 3 * DAY).toISOString() },
    account: { plan: 'growth', renews_at: '2026-12-22T12:00:00Z' },
    counters: recordEvent(recordEvent({}, 'doc_created', daysAgo(1)), 'doc_created', daysAgo(9)),
    usage: { storage_gb: { used: 4.6, limit: 5 }, api_calls: { used: 10, limit: 0 } },
    page: { url: 'https://app.test/docs/1?x=1', path: '/docs/1' },
    locale: 'zh-CN',
    viewport: { width: 1280, height: 800 },
    now,
    timeZone: 'Asia/Shanghai',
  });

  it('exposes the documented attribute names', () => {
    expect(context).toMatchObject({
      plan: 'basic',
      id: 'u1',
      account: { plan: 'growth' },
      computed: { days_since_signup: 3, days_to_renewal: 30, tier: 'growth', risk: 'low' },
      counters: { doc_created: { total: 2, last7: 1, last14: 2, last30: 2 } },
      usage: { storage_gb: { used: 4.6, limit: 5, ratio: expect.closeTo(0.92) }, api_calls: { used: 10, limit: 0 } },
      page: { path: '/docs/1' },
      locale: 'zh-CN',
      viewport: { width: 1280 },
      timeZone: 'Asia/Shanghai',
    });
    expect(context.usage).not.toHaveProperty('api_calls.ratio');
  });

  it('lets GrowthBook-style conditions reach every part by dot path', () => {
    expect(evalCondition(context, { plan: 'basic', 'account.plan': 'growth' })).toBe(true);
    expect(evalCondition(context, { 'counters.doc_created.last7': { $gte: 1 }, 'usage.storage_gb.ratio': { $gte: 0.8 } })).toBe(true);
    expect(evalCondition(context, { 'computed.tier': 'growth', 'page.path': { $regex: '^/docs' } })).toBe(true);
    expect(evalCondition(context, { 'counters.invite_sent.total': { $exists: true } })).toBe(false);
  });

  it('leaves unknown attributes missing, as GrowthBook expects', () => {
    const bare = buildContext({ now });
    expect(bare).not.toHaveProperty('id');
    expect(evalCondition(bare, { locale: { $exists: false }, id: null })).toBe(true);
  });
});
