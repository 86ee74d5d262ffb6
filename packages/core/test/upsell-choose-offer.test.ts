import { describe, expect, test } from 'vitest';
import { DEMO_UPSELL } from '../../../apps/collector/src/seed/demo-upsell.ts';
import { PERSONAS, type Persona } from '../../../demo/src/personas.ts';
import {
  buildContext,
  CampaignSchema,
  chooseOffer,
  describeOfferChoice,
  describeOfferRejection,
  evalCondition,
  explainCondition,
  OfferSchema,
  rankOffers,
  type Offer,
  type UpsellWidget,
} from '../src/index.ts';

const now = new Date();
const offers = (CampaignSchema.parse(DEMO_UPSELL).widget as UpsellWidget).offers;
const attributes = (persona: Persona, extra: Parameters<typeof buildContext>[0] = { now }) =>
  buildContext({ ...extra, traits: PERSONAS[persona], now });
/** the condition functions chooseOffer takes from its caller (the SDK passes the runtime's) */
const rules = { evalCondition, explainCondition };
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();

describe('the demo personas get the offer their tier calls for, and the next best after a dismissal', () => {
  const cases: [Persona, string, string, string][] = [
    [
      'trial',
      'trial-keep-work',
      '"trial-keep-work" scores 90, above "trial-setup-call" (60); audience {"computed.tier":"trial"} matches',
      'trial-setup-call',
    ],
    [
      'basic',
      'basic-automation',
      '"basic-automation" scores 70, above "templates" (10); audience {"computed.tier":"basic"} matches',
      'templates',
    ],
    [
      'growth',
      'growth-seats',
      '"growth-seats" scores 80, above "growth-analytics" (60); audience {"computed.tier":"growth"} matches',
      'growth-analytics',
    ],
    [
      'high-value',
      'hv-success-manager',
      '"hv-success-manager" scores 90, above "hv-sso" (50); audience {"computed.tier":"high-value"} matches',
      'hv-sso',
    ],
  ];
  test.each(cases)('%s → %s', (persona, chosen, why, next) => {
    const choice = chooseOffer(offers, attributes(persona), {}, now, rules);
    expect(choice.offer?.id).toBe(chosen);
    expect(describeOfferChoice(choice, offers)).toBe(why);
    expect(choice.reason.eligible).toEqual([chosen, next, ...(persona === 'basic' ? [] : ['templates'])]);

    const after = chooseOffer(offers, attributes(persona), { dismissals: { [chosen]: hoursAgo(1) } }, now, rules);
    expect(after.offer?.id).toBe(next);
    const until = new Date(Date.parse(hoursAgo(1)) + 14 * 86_400_000).toISOString();
    const cooling = after.reason.rejected.find((rejection) => rejection.offer === chosen)!;
    expect(cooling).toEqual({ offer: chosen, code: 'cooling-down', at: hoursAgo(1), until });
    expect(describeOfferRejection(cooling)).toBe(`dismissed at ${hoursAgo(1)}; back at ${until}`);
  });

  test('why the other tiers’ offers are out: the failing audience in words', () => {
    const { reason } = chooseOffer(offers, attributes('basic'), {}, now, rules);
    const why = (offer: string) => describeOfferRejection(reason.rejected.find((rejection) => rejection.offer === offer)!);
    expect(reason.rejected).toContainEqual({
      offer: 'growth-seats',
      code: 'audience',
      path: 'computed.tier',
      value: 'basic',
      expected: 'growth',
    });
    expect(why('growth-seats')).toBe('computed.tier is "basic"; needs "growth"');
    expect(why('basic-storage')).toBe('usage.storage_gb.ratio is not set; needs $gte 0.6');
  });

  test('a basic user near the storage limit gets the storage offer before the automation offer', () => {
    const context = attributes('basic', { now, usage: { storage_gb: { used: 3.2, limit: 5 } } });
    expect(chooseOffer(offers, context, {}, now, rules).offer?.id).toBe('basic-storage');
  });
});

describe('chooseOffer', () => {
  const offer = (id: string, score: number, audience = {}, cooldownDays?: number): Offer =>
    OfferSchema.parse({
      id,
      score,
      audience,
      cooldownDays,
      title: { en: id },
      value: { en: 'v' },
      action: { label: { en: 'Go' }, url: '/x' },
    });

  test('a tie goes to the offer listed first, and the reason says so', () => {
    const catalogue = [offer('a', 5), offer('b', 5)];
    const choice = chooseOffer(catalogue, {}, {}, now, rules);
    expect(choice.offer?.id).toBe('a');
    expect(describeOfferChoice(choice, catalogue)).toBe('"a" scores 5, tied with "b" and listed first; for everyone');
  });

  test('a dismissed offer comes back once its cooldown is over', () => {
    const catalogue = [offer('a', 9, {}, 2), offer('b', 1)];
    expect(chooseOffer(catalogue, {}, { dismissals: { a: hoursAgo(47) } }, now, rules).offer?.id).toBe('b');
    expect(chooseOffer(catalogue, {}, { dismissals: { a: hoursAgo(49) } }, now, rules).offer?.id).toBe('a');
  });

  test('nothing eligible: no offer, and every offer with its reason', () => {
    const catalogue = [offer('a', 1, { plan: 'pro' })];
    const choice = chooseOffer(catalogue, { plan: 'free' }, {}, now, rules);
    expect(choice.offer).toBeUndefined();
    expect(choice.reason.rejected).toEqual([{ offer: 'a', code: 'audience', path: 'plan', value: 'free', expected: 'pro' }]);
    expect(describeOfferChoice(choice, catalogue)).toBe('no eligible offer (a: plan is "free"; needs "pro")');
  });

  test('rankOffers (what the card shows from) lists the eligible offers best first, the catalogue order on a tie, without the out ones', () => {
    const catalogue = [offer('low', 1), offer('out', 9, { plan: 'pro' }), offer('tie-1', 5), offer('cooling', 8), offer('tie-2', 5)];
    const state = { dismissals: { cooling: hoursAgo(1) } };
    expect(rankOffers(catalogue, { plan: 'free' }, state, now, rules).map((ranked) => ranked.id)).toEqual(['tie-1', 'tie-2', 'low']);
    expect(
      chooseOffer(catalogue, { plan: 'free' }, state, now, rules).reason.rejected.map((rejection) => [rejection.offer, rejection.code]),
    ).toEqual([
      ['out', 'audience'],
      ['cooling', 'cooling-down'],
    ]);
  });

  test('the only eligible offer says so', () => {
    const catalogue = [offer('a', 1)];
    expect(describeOfferChoice(chooseOffer(catalogue, {}, {}, now, rules), catalogue)).toBe(
      '"a" scores 1, the only eligible offer; for everyone',
    );
  });

  test('the schema rejects duplicate offer ids and an offer without a value line', () => {
    const widget = (list: unknown[]) => CampaignSchema.safeParse({ ...DEMO_UPSELL, widget: { type: 'upsell', offers: list } });
    const one = DEMO_UPSELL.widget.type === 'upsell' ? DEMO_UPSELL.widget.offers[0] : undefined;
    expect(widget([one, one]).error?.issues[0].message).toBe('offer ids must be unique');
    const { value: _value, ...withoutValue } = one!;
    expect(widget([withoutValue]).error?.issues[0].path).toEqual(['widget', 'offers', 0, 'value']);
  });
});
