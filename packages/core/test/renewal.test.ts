import { describe, expect, it } from 'vitest';
import {
  buildContext,
  CampaignSchema,
  recordEvent,
  renewalPrompt,
  RenewalWidgetSchema,
  type CampaignState,
  type Counters,
  type RenewalWidget,
} from '../src/index.ts';

const now = new Date('2026-11-22T12:00:00Z');
const DAY = 86_400_000;
const inDays = (days: number) => new Date(now.getTime() + days * DAY).toISOString();

const offer = (id: string, kind: string, signals: string[]) => ({
  id,
  kind,
  signals,
  title: { en: id },
  body: { en: `${id} body` },
  accept: { label: { en: 'Take it' }, action: id },
});

const widget: RenewalWidget = RenewalWidgetSchema.parse({
  type: 'renewal',
  offers: [
    offer('monthly', 'flexible_billing', ['negative_feedback']),
    offer('extra-month', 'extra_time', ['silent', 'narrowed_use']),
    offer('discount', 'discount', ['usage_drop', 'low_value']),
  ],
  rules: [{ event: 'report_generated', label: { en: 'Reports' }, minutes: 20 }],
  winBack: { title: { en: 'Come back' }, offer: offer('come-back', 'discount', ['silent']) },
});

/** A user whose account renews in `days` days, with `nps` and counters as given. */
function attributes(
  days: number,
  { nps, counters = steady(), account = {} }: { nps?: number; counters?: Counters; account?: object } = {},
) {
  return buildContext({ traits: { nps }, account: { renews_at: inDays(days), ...account }, counters, now });
}

/** daily use over the last four weeks: no usage signal */
function steady(): Counters {
  let counters: Counters = {};
  for (let day = 0; day < 28; day++) counters = recordEvent(counters, 'doc_created', new Date(now.getTime() - day * DAY).toISOString());
  return counters;
}

const fresh: Pick<CampaignState, 'dismissals'> = {};

describe('renewal prompt', () => {
  it('comes at 30, 15, 7 and 1 days before renewal, in the stage the user has reached, and not before 30', () => {
    const stage = (days: number) => {
      const prompt = renewalPrompt(widget, attributes(days, { nps: 3 }), fresh, now);
      return prompt?.variant === 'renewal' ? prompt.stage : prompt?.variant;
    };
    expect([31, 30, 16, 15, 12, 8, 7, 2, 1].map(stage)).toEqual([undefined, 30, 30, 15, 15, 15, 7, 7, 1]);
  });

  it('shows each stage once: closing the 30-day prompt leaves the 15-day one to come', () => {
    const dismissed = { dismissals: { '30': inDays(-15) } };
    expect(renewalPrompt(widget, attributes(20, { nps: 3 }), dismissed, now)).toBeUndefined();
    expect(renewalPrompt(widget, attributes(15, { nps: 3 }), dismissed, now)).toMatchObject({ variant: 'renewal', stage: 15 });
    expect(renewalPrompt(widget, attributes(15, { nps: 3 }), { dismissals: { '15': inDays(0) } }, now)).toBeUndefined();
  });

  it('is for medium and high risk only: a low-risk user 15 days before renewal sees nothing', () => {
    const low = attributes(15, { nps: 9 });
    expect(low.computed.risk).toBe('low');
    expect(renewalPrompt(widget, low, fresh, now)).toBeUndefined();
    const high = attributes(15, { nps: 3, counters: recordEvent({}, 'doc_created', inDays(-20)) });
    expect(high.computed.risk).toBe('high');
    expect(renewalPrompt(widget, high, fresh, now)?.variant).toBe('renewal');
  });

  it('offers the first offer matched to the user’s risk signals', () => {
    const at = (options: Parameters<typeof attributes>[1]) => renewalPrompt(widget, attributes(15, options), fresh, now)?.offer?.id;
    // negative_feedback
    expect(at({ nps: 4 })).toBe('monthly');
    // silent: the last product event 20 days ago
    const silent = recordEvent({}, 'doc_created', inDays(-20));
    expect(at({ counters: silent })).toBe('extra-month');
    // silent and negative_feedback (high risk): the first offer in the campaign's list answering either
    expect(at({ nps: 2, counters: silent })).toBe('monthly');
    // usage_drop: 2 a day in weeks 3–4 ago, none since
    let drop: Counters = {};
    for (let day = 14; day < 28; day++)
      for (const hour of [9, 15]) drop = recordEvent(drop, 'doc_created', new Date(Date.UTC(2026, 10, 22 - day, hour)).toISOString());
    drop = recordEvent(drop, 'doc_created', inDays(0));
    expect(attributes(15, { counters: drop }).computed.riskSignals).toEqual(['usage_drop']);
    expect(at({ counters: drop })).toBe('discount');
  });

  it('has no offer when none answers the user’s signals, and still shows the recap', () => {
    const only = RenewalWidgetSchema.parse({ ...widget, offers: [offer('extra-month', 'extra_time', ['silent'])] });
    expect(renewalPrompt(only, attributes(7, { nps: 4 }), fresh, now)).toEqual({ variant: 'renewal', stage: 7, offer: undefined });
  });

  it('gives a lapsed account the win-back: renewal passed, or cancelled (trait cancelled_at)', () => {
    expect(renewalPrompt(widget, attributes(-3, { nps: 4 }), fresh, now)).toMatchObject({
      variant: 'win-back',
      offer: { id: 'come-back' },
    });
    expect(renewalPrompt(widget, attributes(0, { nps: 4 }), fresh, now)?.variant).toBe('win-back');
    const cancelled = attributes(20, { nps: 4, account: { cancelled_at: inDays(-1) } });
    expect(renewalPrompt(widget, cancelled, fresh, now)?.variant).toBe('win-back');
    // the user's trait, where the host keeps no account
    const user = buildContext({ traits: { nps: 4, renews_at: inDays(20), cancelled_at: inDays(-1) }, counters: steady(), now });
    expect(renewalPrompt(widget, user, fresh, now)?.variant).toBe('win-back');
    // a cancellation dated later is not one yet
    expect(renewalPrompt(widget, attributes(20, { nps: 4, account: { cancelled_at: inDays(2) } }), fresh, now)?.variant).toBe('renewal');
    expect(renewalPrompt(widget, attributes(-3, { nps: 4 }), { dismissals: { 'win-back': inDays(-1) } }, now)).toBeUndefined();
  });

  it('never offers a low-risk user a discount, even in the win-back', () => {
    expect(renewalPrompt(widget, attributes(-3, { nps: 9 }), fresh, now)).toEqual({ variant: 'win-back', offer: undefined });
    const discountFirst = RenewalWidgetSchema.parse({ ...widget, offers: [offer('d', 'discount', ['negative_feedback'])] });
    expect(renewalPrompt(discountFirst, attributes(15, { nps: 4 }), fresh, now)?.offer?.id).toBe('d');
  });

  it('rejects offers of the cancel flow’s kinds, unknown signals and mixed value units', () => {
    const parsed = RenewalWidgetSchema.safeParse({
      ...widget,
      offers: [offer('pause', 'pause', ['silent']), offer('x', 'discount', ['grumpy'])],
      rules: [...widget.rules, { event: 'a', label: { en: 'a' }, money: { amount: 1, currency: 'USD' } }],
    });
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['offers.0.kind', 'offers.1.signals.0', 'rules']);
    expect(CampaignSchema.safeParse({ id: 'r', widget, content: { title: { en: 'Renewal' } } }).success).toBe(true);
  });
});
