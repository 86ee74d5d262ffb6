import { describe, expect, it } from 'vitest';
import {
  CANCEL_REASONS,
  CampaignSchema,
  CancelFlowWidgetSchema,
  matchSaveOffer,
  SAVE_OFFER_KINDS,
  type SaveOfferKind,
} from '../src/index.ts';

const offer = (kind: SaveOfferKind, id: string = kind) => ({
  id,
  kind,
  title: { en: `${kind} title` },
  body: { en: `${kind} body` },
  accept: { label: { en: 'Yes' }, action: kind },
});

/** a catalogue with one offer of every kind */
const everyKind = CancelFlowWidgetSchema.parse({ type: 'cancel-flow', offers: SAVE_OFFER_KINDS.map((kind) => offer(kind)) });

describe('cancel flow: the save offer matched to a reason', () => {
  it("answers each reason with the playbook's default, a discount included (a cancelling user is at risk)", () => {
    const matched = Object.fromEntries(CANCEL_REASONS.map((reason) => [reason, matchSaveOffer(everyKind, reason)?.kind]));
    expect(matched).toEqual({
      too_expensive: 'discount',
      missing_features: 'roadmap',
      hard_to_use: 'help',
      competitor: 'whats_new',
      business_changed: 'pause',
      other: 'help',
    });
  });

  it('falls back to the next kind of the default: a cheaper plan for price, feedback for features, a downgrade for a changed business', () => {
    const flow = CancelFlowWidgetSchema.parse({ type: 'cancel-flow', offers: [offer('downgrade'), offer('feedback')] });
    expect(matchSaveOffer(flow, 'too_expensive')?.id).toBe('downgrade');
    expect(matchSaveOffer(flow, 'missing_features')?.id).toBe('feedback');
    expect(matchSaveOffer(flow, 'business_changed')?.id).toBe('downgrade');
    // nothing of the kinds that answer these: the flow goes straight to the confirmation
    expect(matchSaveOffer(flow, 'competitor')).toBeUndefined();
    expect(matchSaveOffer(flow, 'hard_to_use')).toBeUndefined();
  });

  it("follows the campaign's own match, in its order, and the default for the reasons it leaves out", () => {
    const flow = CancelFlowWidgetSchema.parse({
      type: 'cancel-flow',
      offers: [offer('discount', 'half_off'), offer('help', 'onboarding_call'), offer('whats_new', 'spring_release')],
      match: { too_expensive: ['onboarding_call', 'half_off'], competitor: [] },
    });
    expect(matchSaveOffer(flow, 'too_expensive')?.id).toBe('onboarding_call');
    expect(matchSaveOffer(flow, 'competitor')).toBeUndefined();
    expect(matchSaveOffer(flow, 'other')?.id).toBe('onboarding_call');
  });

  it('refuses a match naming an offer that is not in the catalogue, and duplicate offer ids', () => {
    const unknown = CancelFlowWidgetSchema.safeParse({ type: 'cancel-flow', offers: [offer('help')], match: { other: ['call'] } });
    expect(unknown.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['match.other', 'no offer "call" in offers'],
    ]);
    const twice = CancelFlowWidgetSchema.safeParse({ type: 'cancel-flow', offers: [offer('help'), offer('pause', 'help')] });
    expect(twice.success).toBe(false);
  });

  it('is a campaign widget like any other', () => {
    const campaign = CampaignSchema.parse({
      id: 'cancel',
      widget: { type: 'cancel-flow', offers: [offer('help')] },
      content: { title: { en: 'Before you go' } },
      trigger: { type: 'manual' },
      placement: { floating: 'modal' },
    });
    expect(campaign.widget).toEqual({ type: 'cancel-flow', offers: [offer('help')], match: {} });
  });
});
