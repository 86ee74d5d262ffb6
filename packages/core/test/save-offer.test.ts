import { describe, expect, it } from 'vitest';
import { mayOffer, SAVE_OFFER_KINDS, SaveOfferSchema } from '../src/index.ts';

describe('save offers', () => {
  it('never offers a low-risk user a discount, and offers every other kind to anyone', () => {
    expect(mayOffer('discount', 'low')).toBe(false);
    expect(mayOffer('discount', 'medium')).toBe(true);
    expect(mayOffer('discount', 'high')).toBe(true);
    for (const kind of SAVE_OFFER_KINDS.filter((kind) => kind !== 'discount')) expect(mayOffer(kind, 'low')).toBe(true);
  });

  it('names the field of a bad offer', () => {
    const parsed = SaveOfferSchema.safeParse({
      id: 'Big Deal',
      kind: 'bribe',
      title: { en: 'x' },
      body: { en: 'y' },
      accept: { label: { en: 'OK' }, action: 'a' },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['id', 'kind']);
  });
});
